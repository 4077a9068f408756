// Small accessors of the EC2 value types.
#include "aws/ec2types.h"

QString Ec2Instance::name() const
{
    return tag(QStringLiteral("Name"));
}

QString Ec2Instance::tag(const QString &key) const
{
    for (const Ec2Tag &t : tags) {
        if (t.key == key)
            return t.value;
    }
    return QString();
}
