// TemplateBuilder's Terraform form: the CloudFormation templates' role, policies, StackSet and outputs written as HCL.
#include "aws/templatebuilder.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

// The HCL is a translation of the CloudFormation template object (buildObject() / buildOrganizationObject()), not a
// second description of the role: the trust policy, the permission lists (requiredEc2Actions(), the Organizations
// actions), names and tags come from that one object, so both forms always describe the same role.
//
// References: Terraform language, "Configuration Syntax" (strings, templates, heredocs, escapes `$${` and `%%{`);
// AWS provider: aws_iam_role, aws_iam_role_policy, aws_cloudformation_stack_set(_instance), data sources
// aws_partition and aws_region.

namespace {

AwsError unsupported(const QString &what)
{
    AwsError e = AwsError::make(AwsError::Kind::InvalidInput,
        TemplateBuilder::tr("The template has %1, which Onramp cannot write as Terraform.").arg(what.left(200)));
    e.code = u"InvalidTemplate.Terraform"_s;
    return e;
}

/// "OnrampDiscoveryRole" -> "onramp_discovery_role", "OnrampEc2ReadOnly" -> "onramp_ec2_read_only".
QString snakeCase(QStringView name)
{
    QString out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isUpper() && i > 0 && (name.at(i - 1).isLower() || name.at(i - 1).isDigit()))
            out += u'_';
        out += c.isLetterOrNumber() ? c.toLower() : QChar(u'_');
    }
    return out;
}

/// Literal text inside an HCL template (a quoted string or a heredoc): `${` and `%{` would start an interpolation
/// or a directive.
QString templateText(QString text)
{
    return text.replace(u"${"_s, u"$${"_s).replace(u"%{"_s, u"%%{"_s);
}

/// A quoted HCL string holding \a text literally.
QString quoted(const QString &text)
{
    QString out = u"\""_s;
    for (QChar c : templateText(text)) {
        switch (c.unicode()) {
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        default:
            out += c;
        }
    }
    return out + u'"';
}

/// How the module names what the template names: parameters become variables, resources Terraform resources.
struct Names
{
    QHash<QString, QString> ref; ///< Ref target -> HCL expression
    QHash<QString, QString> arn; ///< Fn::GetAtt [X, Arn] target -> HCL expression
    bool partition = false; ///< data.aws_partition.current is used
    bool region = false; ///< data.aws_region.current is used
    bool stackName = false; ///< var.stack_name is used

    Result<QString> expression(const QString &name)
    {
        if (name == u"AWS::Partition") {
            partition = true;
            return u"data.aws_partition.current.partition"_s;
        }
        if (name == u"AWS::Region") {
            region = true;
            return u"data.aws_region.current.name"_s;
        }
        if (name == u"AWS::StackName") {
            stackName = true;
            return u"var.stack_name"_s;
        }
        if (ref.contains(name))
            return ref.value(name);
        return unsupported(u"a reference to "_s + name);
    }
};

/// The HCL expression of an intrinsic function object, or an empty string when \a object is none.
Result<QString> intrinsic(const QJsonObject &object, Names &names)
{
    if (object.size() != 1)
        return QString();
    if (object.contains(u"Ref"_s))
        return names.expression(object.value(u"Ref"_s).toString());
    if (object.contains(u"Fn::GetAtt"_s)) {
        const QJsonArray target = object.value(u"Fn::GetAtt"_s).toArray();
        const QString resource = target.at(0).toString();
        if (target.size() != 2 || target.at(1).toString() != u"Arn" || !names.arn.contains(resource))
            return unsupported(u"Fn::GetAtt of "_s + resource);
        return names.arn.value(resource);
    }
    return QString();
}

/// The text of a string-valued template value inside an HCL template: literal text escaped, Ref/GetAtt/Fn::Sub as
/// interpolations.
Result<QString> interpolated(const QJsonValue &value, Names &names)
{
    if (value.isString())
        return templateText(value.toString());
    const QJsonObject object = value.toObject();
    if (object.size() == 1 && object.value(u"Fn::Sub"_s).isString()) {
        const QString sub = object.value(u"Fn::Sub"_s).toString();
        QString out;
        qsizetype at = 0;
        while (at < sub.size()) {
            const qsizetype open = sub.indexOf(u"${"_s, at);
            const qsizetype close = open < 0 ? -1 : sub.indexOf(u'}', open);
            if (close < 0) {
                out += templateText(sub.mid(at));
                break;
            }
            out += templateText(sub.mid(at, open - at));
            const Result<QString> e = names.expression(sub.mid(open + 2, close - open - 2));
            if (!e)
                return e.error();
            out += u"${"_s + *e + u'}';
            at = close + 1;
        }
        return out;
    }
    const Result<QString> e = intrinsic(object, names);
    if (!e)
        return e.error();
    if (e->isEmpty())
        return unsupported(u"a value that is not text"_s);
    return QString(u"${"_s + *e + u'}');
}

/// \a document (a policy, with Ref/Fn::Sub inside) as the JSON text of a heredoc: the intrinsics become
/// interpolations, everything else is literal.
Result<QJsonValue> withInterpolations(const QJsonValue &document, Names &names)
{
    if (document.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : document.toArray()) {
            const Result<QJsonValue> item = withInterpolations(v, names);
            if (!item)
                return item.error();
            out.append(*item);
        }
        return QJsonValue(out);
    }
    if (document.isObject()) {
        const QJsonObject object = document.toObject();
        const bool isIntrinsic = object.size() == 1
            && (object.contains(u"Ref"_s) || object.contains(u"Fn::Sub"_s) || object.contains(u"Fn::GetAtt"_s));
        if (isIntrinsic) {
            const Result<QString> text = interpolated(object, names);
            if (!text)
                return text.error();
            return QJsonValue(*text);
        }
        QJsonObject out;
        for (auto it = object.begin(); it != object.end(); ++it) {
            const Result<QJsonValue> item = withInterpolations(it.value(), names);
            if (!item)
                return item.error();
            out.insert(it.key(), *item);
        }
        return QJsonValue(out);
    }
    if (document.isString())
        return QJsonValue(templateText(document.toString()));
    return document;
}

/// `<<-EOT` heredoc holding \a lines, indented one level deeper than \a indent.
QString heredoc(const QString &text, const QString &indent)
{
    QString out = u"<<-EOT\n"_s;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (!line.isEmpty())
            out += indent + u"  "_s + line + u'\n';
    }
    return out + indent + u"EOT"_s;
}

/// An HCL heredoc holding \a document as JSON (Ref and Fn::Sub inside it as interpolations).
Result<QString> jsonHeredoc(const QJsonValue &document, Names &names, const QString &indent)
{
    const Result<QJsonValue> converted = withInterpolations(document, names);
    if (!converted)
        return converted.error();
    const QByteArray json = converted->isObject() ? QJsonDocument(converted->toObject()).toJson(QJsonDocument::Indented)
                                                  : QJsonDocument(converted->toArray()).toJson(QJsonDocument::Indented);
    return heredoc(QString::fromUtf8(json), indent);
}

/// The HCL expression of a template value: a literal, a list, a map, or a reference.
Result<QString> expression(const QJsonValue &value, Names &names)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return quoted(value.toString());
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &v : value.toArray()) {
            const Result<QString> item = expression(v, names);
            if (!item)
                return item.error();
            items.append(*item);
        }
        return QString(u"["_s + items.join(u", "_s) + u']');
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.contains(u"Fn::Sub"_s)) {
            const Result<QString> text = interpolated(object, names);
            if (!text)
                return text.error();
            return QString(u'"' + *text + u'"');
        }
        const Result<QString> reference = intrinsic(object, names);
        if (!reference)
            return reference.error();
        if (!reference->isEmpty())
            return *reference;
        return unsupported(u"an object value"_s);
    }
    default:
        return unsupported(u"a null value"_s);
    }
}

/// Writes `name = value` lines with the names aligned, as `terraform fmt` does.
class Block
{
public:
    explicit Block(QString indent)
        : m_indent(std::move(indent))
    {
    }
    void set(const QString &name, const QString &value) { m_lines.append({ name, value }); }
    QString text() const
    {
        qsizetype width = 0;
        for (const auto &[name, value] : m_lines)
            width = qMax(width, name.size());
        QString out;
        for (const auto &[name, value] : m_lines)
            out += m_indent + name.leftJustified(width) + u" = "_s + value + u'\n';
        return out;
    }

private:
    QString m_indent;
    QList<std::pair<QString, QString>> m_lines;
};

QString variables(const QJsonObject &parameters)
{
    QString out;
    const QStringList keys = parameters.keys();
    for (const QString &key : keys) {
        const QJsonObject p = parameters.value(key).toObject();
        const QString var = snakeCase(key);
        const bool list = p.value(u"Type"_s).toString() == u"CommaDelimitedList";
        Block block(u"  "_s);
        block.set(u"description"_s, quoted(p.value(u"Description"_s).toString()));
        block.set(u"type"_s, list ? u"list(string)"_s : u"string"_s);
        if (list) {
            QStringList items;
            for (const QString &item : p.value(u"Default"_s).toString().split(u',', Qt::SkipEmptyParts))
                items.append(quoted(item));
            block.set(u"default"_s, u"["_s + items.join(u", "_s) + u']');
        } else {
            block.set(u"default"_s, quoted(p.value(u"Default"_s).toString()));
        }
        out += u"variable \""_s + var + u"\" {\n"_s + block.text();
        // CloudFormation's AllowedPattern matches the whole value; Terraform's regex() is RE2, which reads these
        // patterns (\w, \d, classes) the same way.
        const QString pattern = p.value(u"AllowedPattern"_s).toString();
        if (!pattern.isEmpty() && !list) {
            QString condition = u"can(regex("_s + quoted(u"^(?:"_s + pattern + u")$"_s) + u", var."_s + var + u"))"_s;
            if (p.contains(u"MinLength"_s))
                condition += u" && length(var."_s + var + u") >= "_s + QString::number(p.value(u"MinLength"_s).toInt());
            if (p.contains(u"MaxLength"_s))
                condition += u" && length(var."_s + var + u") <= "_s + QString::number(p.value(u"MaxLength"_s).toInt());
            Block validation(u"    "_s);
            validation.set(u"condition"_s, condition);
            validation.set(u"error_message"_s, quoted(u"Allowed: "_s + p.value(u"ConstraintDescription"_s).toString()));
            out += u"\n  validation {\n"_s + validation.text() + u"  }\n"_s;
        }
        out += u"}\n\n"_s;
    }
    return out;
}

Result<QString> iamRole(const QString &label, const QJsonObject &properties, Names &names)
{
    Block block(u"  "_s);
    block.set(u"name"_s, quoted(properties.value(u"RoleName"_s).toString()));
    block.set(u"description"_s, quoted(properties.value(u"Description"_s).toString()));
    block.set(u"max_session_duration"_s, QString::number(properties.value(u"MaxSessionDuration"_s).toInt()));
    const Result<QString> trust = jsonHeredoc(properties.value(u"AssumeRolePolicyDocument"_s), names, u"  "_s);
    if (!trust)
        return trust.error();
    block.set(u"assume_role_policy"_s, *trust);
    Block tags(u"    "_s);
    for (const QJsonValue &tag : properties.value(u"Tags"_s).toArray())
        tags.set(
            quoted(tag.toObject().value(u"Key"_s).toString()), quoted(tag.toObject().value(u"Value"_s).toString()));
    QString out = u"resource \"aws_iam_role\" \""_s + label + u"\" {\n"_s + block.text() + u"\n  tags = {\n"_s
        + tags.text() + u"  }\n}\n"_s;

    for (const QJsonValue &policy : properties.value(u"Policies"_s).toArray()) {
        const QString name = policy.toObject().value(u"PolicyName"_s).toString();
        const Result<QString> document = jsonHeredoc(policy.toObject().value(u"PolicyDocument"_s), names, u"  "_s);
        if (!document)
            return document.error();
        Block p(u"  "_s);
        p.set(u"name"_s, quoted(name));
        p.set(u"role"_s, u"aws_iam_role."_s + label + u".id"_s);
        p.set(u"policy"_s, *document);
        out += u"\nresource \"aws_iam_role_policy\" \""_s + snakeCase(name) + u"\" {\n"_s + p.text() + u"}\n"_s;
    }
    return out;
}

Result<QString> stackSet(const QString &label, const QJsonObject &properties, Names &names)
{
    Block block(u"  "_s);
    for (const char *key : { "StackSetName", "Description", "PermissionModel", "Capabilities" }) {
        const Result<QString> value = expression(properties.value(QLatin1StringView(key)), names);
        if (!value)
            return value.error();
        const QString k = QString::fromLatin1(key);
        block.set(k == u"StackSetName" ? u"name"_s : snakeCase(k), *value);
    }
    Block parameters(u"    "_s);
    for (const QJsonValue &p : properties.value(u"Parameters"_s).toArray()) {
        const Result<QString> value = expression(p.toObject().value(u"ParameterValue"_s), names);
        if (!value)
            return value.error();
        parameters.set(p.toObject().value(u"ParameterKey"_s).toString(), *value);
    }
    // The member template is JSON text; in a heredoc its own ${AWS::Partition} must stay literal (escaped).
    block.set(u"template_body"_s, heredoc(templateText(properties.value(u"TemplateBody"_s).toString()), u"  "_s));

    // Nested blocks: a flat object of scalars each (AutoDeployment, OperationPreferences).
    auto nested = [&names](const QString &name, const QJsonObject &object) -> Result<QString> {
        Block b(u"    "_s);
        for (auto it = object.begin(); it != object.end(); ++it) {
            const Result<QString> value = expression(it.value(), names);
            if (!value)
                return value.error();
            b.set(snakeCase(it.key()), *value);
        }
        return QString(u"\n  "_s + name + u" {\n"_s + b.text() + u"  }\n"_s);
    };
    const Result<QString> autoDeployment
        = nested(u"auto_deployment"_s, properties.value(u"AutoDeployment"_s).toObject());
    const Result<QString> preferences
        = nested(u"operation_preferences"_s, properties.value(u"OperationPreferences"_s).toObject());
    if (!autoDeployment)
        return autoDeployment.error();
    if (!preferences)
        return preferences.error();
    QString out = u"resource \"aws_cloudformation_stack_set\" \""_s + label + u"\" {\n"_s + block.text()
        + u"\n  parameters = {\n"_s + parameters.text() + u"  }\n"_s + *autoDeployment
        + *preferences
        // AWS sets the administration role of a SERVICE_MANAGED stack set itself (provider documentation).
        + u"\n  lifecycle {\n    ignore_changes = [administration_role_arn]\n  }\n}\n"_s;

    // One stack instance resource per (group, region): the deployment targets of the StackInstancesGroup.
    const QJsonArray groups = properties.value(u"StackInstancesGroup"_s).toArray();
    int index = 0;
    for (const QJsonValue &group : groups) {
        const QJsonObject g = group.toObject();
        const Result<QString> ous
            = expression(g.value(u"DeploymentTargets"_s).toObject().value(u"OrganizationalUnitIds"_s), names);
        if (!ous)
            return ous.error();
        for (const QJsonValue &region : g.value(u"Regions"_s).toArray()) {
            const Result<QString> where = expression(region, names);
            if (!where)
                return where.error();
            Block instance(u"  "_s);
            instance.set(u"stack_set_name"_s, u"aws_cloudformation_stack_set."_s + label + u".name"_s);
            instance.set(u"region"_s, *where);
            Block targets(u"    "_s);
            targets.set(u"organizational_unit_ids"_s, *ous);
            out += u"\nresource \"aws_cloudformation_stack_set_instance\" \""_s + label
                + (index++ == 0 ? QString() : u"_"_s + QString::number(index)) + u"\" {\n"_s + instance.text()
                + u"\n  deployment_targets {\n"_s + targets.text() + u"  }\n}\n"_s;
        }
    }
    return out;
}

Result<QByteArray> terraform(const Result<QJsonObject> &cfn)
{
    if (!cfn)
        return cfn.error();
    const QJsonObject parameters = cfn->value(u"Parameters"_s).toObject();
    const QJsonObject resources = cfn->value(u"Resources"_s).toObject();
    Names names;
    for (const QString &key : parameters.keys())
        names.ref.insert(key, u"var."_s + snakeCase(key));
    for (auto it = resources.begin(); it != resources.end(); ++it) {
        const QString type = it.value().toObject().value(u"Type"_s).toString();
        const QString label = snakeCase(it.key());
        if (type == u"AWS::IAM::Role") {
            names.ref.insert(it.key(), u"aws_iam_role."_s + label + u".name"_s);
            names.arn.insert(it.key(), u"aws_iam_role."_s + label + u".arn"_s);
        } else if (type == u"AWS::CloudFormation::StackSet") {
            names.ref.insert(it.key(), u"aws_cloudformation_stack_set."_s + label + u".stack_set_id"_s);
        } else {
            return unsupported(type);
        }
    }

    // Roles first (the StackSet's member template is about them), then the StackSet.
    QString body;
    for (const char *type : { "AWS::IAM::Role", "AWS::CloudFormation::StackSet" }) {
        for (auto it = resources.begin(); it != resources.end(); ++it) {
            const QJsonObject resource = it.value().toObject();
            if (resource.value(u"Type"_s).toString() != QLatin1StringView(type))
                continue;
            const QJsonObject properties = resource.value(u"Properties"_s).toObject();
            const Result<QString> text = QLatin1StringView(type) == "AWS::IAM::Role"_L1
                ? iamRole(snakeCase(it.key()), properties, names)
                : stackSet(snakeCase(it.key()), properties, names);
            if (!text)
                return text.error();
            body += u'\n' + *text;
        }
    }

    QString outputs;
    const QJsonObject cfnOutputs = cfn->value(u"Outputs"_s).toObject();
    for (const QString &key : { u"RoleArn"_s, u"ExternalId"_s, u"StackSetId"_s }) {
        if (!cfnOutputs.contains(key))
            continue;
        const QJsonObject o = cfnOutputs.value(key).toObject();
        const Result<QString> value = expression(o.value(u"Value"_s), names);
        if (!value)
            return value.error();
        Block block(u"  "_s);
        block.set(u"description"_s, quoted(o.value(u"Description"_s).toString()));
        block.set(u"value"_s, *value);
        outputs += u"\noutput \""_s + snakeCase(key) + u"\" {\n"_s + block.text() + u"}\n"_s;
    }

    QString out;
    for (const QString &line : cfn->value(u"Description"_s).toString().split(u'\n'))
        out += u"# "_s + line + u'\n';
    out += u"# Written by Onramp from the same description as its CloudFormation template. Apply it with\n"
           u"# `terraform init && terraform apply` in the account (or organization management account) to connect.\n\n"
           u"terraform {\n  required_providers {\n    aws = {\n      source  = \"hashicorp/aws\"\n"
           u"      version = \">= 4.0\"\n    }\n  }\n}\n\n"_s;
    out += variables(parameters);
    if (names.stackName)
        out += u"variable \"stack_name\" {\n  description = \"Prefix of the names this module gives (CloudFormation "
               u"uses the stack's name).\"\n  type        = string\n  default     = \"onramp\"\n}\n\n"_s;
    if (names.partition)
        out += u"data \"aws_partition\" \"current\" {}\n"_s;
    if (names.region)
        out += u"data \"aws_region\" \"current\" {}\n"_s;
    out += body + outputs;
    return out.toUtf8();
}

} // namespace

Result<QByteArray> TemplateBuilder::buildTerraform(const TemplateOptions &options)
{
    return terraform(buildObject(options));
}

Result<QByteArray> TemplateBuilder::buildOrganizationTerraform(const OrgTemplateOptions &options)
{
    return terraform(buildOrganizationObject(options));
}
