// AwsJson: reading AWS JSON-protocol documents (AWS Organizations) as untrusted input, and their error shape.
#pragma once

#include "aws/awserror.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>

/// The AWS JSON 1.0/1.1 protocols' documents (smithy "awsJson1_1"; botocore's parsers.py JSONParser): a JSON object
/// per response. Everything here treats the body as hostile: the size is bounded (maxDocumentBytes), every field is
/// type-checked, unknown fields are ignored, and a field that is missing or of the wrong type is a Kind::Parse
/// error naming it — never a crash or a silently empty value.
class AwsJson final
{
    Q_DECLARE_TR_FUNCTIONS(AwsJson)

public:
    /// The largest JSON document read (the same bound HttpClient puts on every response).
    static constexpr qsizetype maxDocumentBytes = 64 * 1024 * 1024;

    /// An AWS JSON error answer into an AwsError via AwsError::fromCode(). The code is taken from the
    /// x-amzn-ErrorType header (\a errorTypeHeader) when present, else from the body's `__type` (or `code`/`Code`);
    /// either may be written "namespace#Code" and the header "Code:uri", reduced to "Code" (errorCode()). The
    /// message is the body's `message` or `Message`. The Query protocol's JSON form {"Error": {"Code", "Message"}} is
    /// read too, and an XML body by AwsXml::parseError() (the header's code if the document has none). A body that is
    /// not such a document (empty, HTML from a proxy, truncated) still yields an error classified by \a httpStatus.
    static AwsError parseError(QByteArrayView body, int httpStatus, QByteArrayView errorTypeHeader = {});
    /// "aws.protocoltests#AccessDeniedException:http://internal…/" -> "AccessDeniedException". Empty when what is
    /// left is not a plausible code (letters, digits, '.', '_', at most 128 characters).
    static QString errorCode(QStringView raw);

    /// \a body as a JSON object, or a Parse error saying what \a operation answered instead.
    static Result<QJsonObject> parseObject(QByteArrayView body, QStringView operation);

    /// Field access that fails loudly. Each returns the value, or sets \a error (if not already set) to a Parse
    /// error naming "\a operation: field \a path" and returns an empty value. \a path is the field's place in the
    /// document, e.g. "Accounts[3].Id".
    struct Reader
    {
        QString operation;
        AwsError error;

        bool failed() const { return error.isError(); }
        /// A string that must be present and match \a pattern (anchored; empty pattern: any non-empty string).
        QString requiredString(
            const QJsonObject &object, QStringView key, const QString &path, const QRegularExpression &pattern = {});
        /// A string that may be absent or null (then empty); if present it must be a string of at most \a maxChars.
        QString optionalString(
            const QJsonObject &object, QStringView key, const QString &path, qsizetype maxChars = 4096);
        /// An array that must be present (AWS always sends the list, possibly empty).
        QJsonArray requiredArray(const QJsonObject &object, QStringView key, const QString &path);
        /// An object that must be present.
        QJsonObject requiredObject(const QJsonObject &object, QStringView key, const QString &path);
        /// An element of an array that must be an object.
        QJsonObject objectAt(const QJsonArray &array, qsizetype index, const QString &path);
        /// A pagination token: absent, null or "" ends the listing; otherwise a string of at most \a maxChars.
        QString nextToken(const QJsonObject &object, qsizetype maxChars);
        void fail(const QString &path, const QString &problem);
    };
};
