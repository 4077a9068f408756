// AwsJson: AWS JSON-protocol error documents and type-checked field access.
#include "aws/awsjson.h"

#include "aws/awsxml.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

QString AwsJson::errorCode(QStringView raw)
{
    QStringView code = raw.trimmed();
    const qsizetype colon = code.indexOf(QLatin1Char(':'));
    if (colon >= 0)
        code = code.left(colon); // x-amzn-ErrorType: "Code:http://internal.amazon.com/coral/..."
    const qsizetype hash = code.lastIndexOf(QLatin1Char('#'));
    if (hash >= 0)
        code = code.mid(hash + 1); // "com.amazonaws.organizations#Code"
    if (code.isEmpty() || code.size() > 128)
        return {};
    for (QChar c : code) {
        const bool ok = (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || c == QLatin1Char('.') || c == QLatin1Char('_');
        if (!ok)
            return {};
    }
    return code.toString();
}

AwsError AwsJson::parseError(QByteArrayView body, int httpStatus, QByteArrayView errorTypeHeader)
{
    const QString headerCode = errorCode(QString::fromLatin1(errorTypeHeader));
    const AwsError::BodyForm form
        = body.size() <= maxDocumentBytes ? AwsError::bodyForm(body) : AwsError::BodyForm::Other;
    if (form == AwsError::BodyForm::Xml) {
        // An XML error where JSON was expected, or one sent with an x-amzn-ErrorType header (moto sends it with its
        // Query-protocol errors): read as the Query protocol's, the header's code when the document has none.
        AwsError e = AwsXml::parseError(body, httpStatus);
        if (e.code.isEmpty() && !headerCode.isEmpty())
            e = AwsError::fromCode(headerCode, e.message, httpStatus, e.requestId);
        return e;
    }
    QString code = headerCode;
    QString message;
    QJsonObject object;
    if (form == AwsError::BodyForm::Json) {
        const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray());
        object = document.object(); // empty unless the body is a JSON object
    }
    // The Query protocol's errors in JSON form: {"Error": {"Code", "Message", "Type"}, "RequestId"}.
    const QJsonObject wrapped = object.value(QLatin1StringView("Error")).toObject();
    if (code.isEmpty()) {
        for (const char *key : { "__type", "code", "Code" }) {
            const QJsonValue v = object.value(QLatin1StringView(key));
            if (v.isString()) {
                code = errorCode(v.toString());
                if (!code.isEmpty())
                    break;
            }
        }
    }
    if (code.isEmpty())
        code = errorCode(wrapped.value(QLatin1StringView("Code")).toString());
    for (const QJsonObject &from : { object, wrapped }) {
        for (const char *key : { "message", "Message", "errorMessage" }) {
            const QJsonValue v = from.value(QLatin1StringView(key));
            if (v.isString() && message.isEmpty())
                message = AwsError::plainMessage(v.toString());
        }
    }
    if (code.isEmpty() && message.isEmpty())
        message = AwsError::noDetailsMessage(form, httpStatus);
    return AwsError::fromCode(code, message, httpStatus);
}

Result<QJsonObject> AwsJson::parseObject(QByteArrayView body, QStringView operation)
{
    if (body.size() > maxDocumentBytes) {
        return AwsError::make(AwsError::Kind::Parse,
            tr("%1: the response of %2 bytes is over the limit of %3 bytes; refused.")
                .arg(operation)
                .arg(body.size())
                .arg(maxDocumentBytes));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        return AwsError::make(AwsError::Kind::Parse,
            tr("%1: the response is not valid JSON (%2 at byte %3).")
                .arg(operation, error.errorString())
                .arg(error.offset));
    }
    if (!document.isObject())
        return AwsError::make(AwsError::Kind::Parse, tr("%1: the response is not a JSON object.").arg(operation));
    return document.object();
}

void AwsJson::Reader::fail(const QString &path, const QString &problem)
{
    if (error.isError())
        return;
    error = AwsError::make(AwsError::Kind::Parse, tr("%1: the response's field %2 %3.").arg(operation, path, problem));
    error.code = QStringLiteral("MalformedResponse");
}

QString AwsJson::Reader::requiredString(
    const QJsonObject &object, QStringView key, const QString &path, const QRegularExpression &pattern)
{
    const QJsonValue v = object.value(key);
    if (!v.isString()) {
        fail(path, v.isUndefined() ? tr("is missing") : tr("is not a string"));
        return {};
    }
    const QString s = v.toString();
    if (s.isEmpty()) {
        fail(path, tr("is empty"));
        return {};
    }
    if (pattern.isValid() && !pattern.pattern().isEmpty() && !pattern.match(s).hasMatch()) {
        fail(path, tr("is not a valid value (\"%1\")").arg(AwsError::plainMessage(s.left(80))));
        return {};
    }
    return s;
}

QString AwsJson::Reader::optionalString(
    const QJsonObject &object, QStringView key, const QString &path, qsizetype maxChars)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        fail(path, tr("is not a string"));
        return {};
    }
    const QString s = v.toString();
    if (s.size() > maxChars) {
        fail(path, tr("is longer than %1 characters").arg(maxChars));
        return {};
    }
    return s;
}

QJsonArray AwsJson::Reader::requiredArray(const QJsonObject &object, QStringView key, const QString &path)
{
    const QJsonValue v = object.value(key);
    if (!v.isArray()) {
        fail(path, v.isUndefined() ? tr("is missing") : tr("is not a list"));
        return {};
    }
    return v.toArray();
}

QJsonObject AwsJson::Reader::requiredObject(const QJsonObject &object, QStringView key, const QString &path)
{
    const QJsonValue v = object.value(key);
    if (!v.isObject()) {
        fail(path, v.isUndefined() ? tr("is missing") : tr("is not an object"));
        return {};
    }
    return v.toObject();
}

QJsonObject AwsJson::Reader::objectAt(const QJsonArray &array, qsizetype index, const QString &path)
{
    const QJsonValue v = array.at(index);
    if (!v.isObject()) {
        fail(path, tr("is not an object"));
        return {};
    }
    return v.toObject();
}

QString AwsJson::Reader::nextToken(const QJsonObject &object, qsizetype maxChars)
{
    return optionalString(object, u"NextToken", QStringLiteral("NextToken"), maxChars);
}
