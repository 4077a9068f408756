// InstanceDetailsPane: the selected instance's or database's fields and tags.
#include "ui/instancedetailspane.h"

#include "ui/plaintext.h"
#include "ui/theme.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Field {
    Name,
    Id,
    State,
    Type,
    Lifecycle,
    Region,
    Zone,
    PrivateIp,
    PublicIp,
    Cluster,
    Health,
    Launched,
    Account,
    FirstSeen,
    LastSeen,
    Kind,
    Engine,
    Storage,
    MultiAz,
    ResourceId,
    FieldCount
};

/// The rows a kind shows (the rest are hidden): a database has no lifecycle, IPs or health; an instance no engine.
bool shownFor(ResourceKind kind, int field)
{
    switch (field) {
    case Lifecycle:
    case PrivateIp:
    case PublicIp:
    case Health:
        return kind == ResourceKind::Ec2;
    case Engine:
    case Storage:
    case MultiAz:
    case ResourceId:
        return kind == ResourceKind::Rds;
    default:
        return true;
    }
}
} // namespace

InstanceDetailsPane::InstanceDetailsPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("detailsPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    m_empty = new QLabel(tr("Select an instance or a database to see all its details and tags."), this);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    QPalette muted = m_empty->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_empty->setPalette(muted);
    layout->addWidget(m_empty);

    m_fields = new QWidget(this);
    auto *form = new QFormLayout(m_fields);
    m_form = form;
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignRight);
    const QString names[FieldCount] = { tr("Name"), tr("Instance ID"), tr("State"), tr("Type"), tr("Lifecycle"),
        tr("Region"), tr("Zone"), tr("Private IP"), tr("Public IP"), tr("Cluster"), tr("Health"), tr("Launched"),
        tr("Account"), tr("First seen"), tr("Last seen"), tr("Kind"), tr("Engine"), tr("Storage"), tr("Multi-AZ"),
        tr("Resource ID") };
    for (int i = 0; i < FieldCount; ++i) {
        auto *value = PlainText::literal(new QLabel(m_fields)); // names, tags, ids: anyone who can tag writes them
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setAccessibleName(names[i]);
        value->setWordWrap(true);
        if (i == Id || i == PrivateIp || i == PublicIp || i == ResourceId)
            value->setFont(Theme::monospaceFont());
        form->addRow(PlainText::literal(new QLabel(names[i] + QLatin1Char(':'), m_fields)), value);
        m_values.append(value);
    }
    layout->addWidget(m_fields);

    m_tags = new QTreeWidget(this);
    m_tags->setObjectName(QStringLiteral("tagsView"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setColumnCount(2);
    m_tags->setHeaderLabels({ tr("Tag"), tr("Value") });
    m_tags->setRootIsDecorated(false);
    m_tags->setUniformRowHeights(true);
    m_tags->setAlternatingRowColors(true);
    m_tags->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tags->header()->setStretchLastSection(true);
    m_tags->setColumnWidth(0, 170);
    layout->addWidget(m_tags, 1);
    setInstance(std::nullopt);
}

void InstanceDetailsPane::setInstance(const std::optional<StoredInstance> &instance, const QString &accountLabel)
{
    m_empty->setVisible(!instance);
    m_fields->setVisible(instance.has_value());
    m_tags->setVisible(instance.has_value());
    m_tags->clear();
    if (!instance)
        return;
    const StoredInstance &i = *instance;
    const QLocale locale;
    auto when = [&locale](const QDateTime &t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    const QString dash = QStringLiteral("—");
    const bool database = i.isDatabase();
    QString engine = i.engine;
    if (!i.engineVersion.isEmpty())
        engine += QLatin1Char(' ') + i.engineVersion;
    const QString values[FieldCount]
        = { i.name, i.instanceId, i.state, i.instanceType, i.lifecycle, i.region, i.availabilityZone, i.privateIp,
              i.publicIp, i.cluster, i.health, when(i.launchTime), accountLabel.isEmpty() ? i.accountId : accountLabel,
              when(i.firstSeen), when(i.lastSeen), database ? tr("RDS database") : tr("EC2 instance"), engine,
              database ? tr("%1 GiB").arg(locale.toString(i.storageGb)) : QString(),
              database ? (i.multiAz ? tr("Yes") : tr("No")) : QString(), i.resourceId };
    // A database's words for the shared fields (the contract's RDS line): identifier, class, cluster, created.
    const std::pair<Field, QString> labels[] = {
        { Id, database ? tr("Identifier") : tr("Instance ID") },
        { Type, database ? tr("Class") : tr("Type") },
        { Launched, database ? tr("Created") : tr("Launched") },
        { Cluster, database ? tr("DB cluster") : tr("Cluster") },
    };
    for (const auto &[field, text] : labels) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_values[field])))
            label->setText(text + QLatin1Char(':'));
        m_values[field]->setAccessibleName(text);
    }
    if (i.state == StoredInstance::DeletedState)
        m_values[State]->setText(tr("deleted — no longer listed by AWS, kept as history"));
    for (int f = 0; f < FieldCount; ++f) {
        m_form->setRowVisible(m_values[f], shownFor(i.kind, f));
        if (f != State || i.state != StoredInstance::DeletedState)
            m_values[f]->setText(values[f].isEmpty() ? dash : values[f]);
    }
    QList<QTreeWidgetItem *> items;
    items.reserve(i.tags.size());
    for (const Ec2Tag &tag : i.tags)
        items.append(new QTreeWidgetItem(QStringList { tag.key, tag.value }));
    m_tags->addTopLevelItems(items);
    m_tags->setHeaderLabels({ tr("Tag (%1)").arg(i.tags.size()), tr("Value") });
}

QStringList InstanceDetailsPane::tagLines() const
{
    QStringList lines;
    for (int row = 0; row < m_tags->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_tags->topLevelItem(row);
        lines.append(item->text(0) + QLatin1Char('=') + item->text(1));
    }
    return lines;
}
