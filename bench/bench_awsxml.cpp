// Benchmarks AwsXml::parseDescribeInstances on a realistic 1,000-instance DescribeInstances page, beside two bare
// streaming walks of the same bytes: libxml2's xmlTextReader (the floor a C parser sets; built when libxml2-dev is
// found, see libxml2.cmake) and QXmlStreamReader (Onramp's tokenizer before XmlScanner).
//
// The page is generated in-process, deterministically (same bytes on every run and machine). Set
// ONRAMP_BENCH_WRITE_PAGE=<path> to also write it to a file, so that other parsers (botocore, see
// peers/parse_botocore.py and parts/parse.sh) can be measured on the identical bytes.
#include "aws/awsxml.h"

#include <QByteArray>
#include <QFile>
#include <QXmlStreamReader>

#include <benchmark/benchmark.h>

#ifdef ONRAMP_BENCH_LIBXML2
#include <libxml/xmlreader.h>
#endif

#include <algorithm>
#include <array>
#include <cstdio>
#include <random>

namespace {

constexpr int instancesPerPage = 1000;
// EC2 indents its XML by 4 spaces a level, half the bytes of a page. The page keeps the line breaks (so the token
// stream is the same as EC2's, whitespace text nodes included) but not the indentation: 1,000 full instances then
// come to about 5 MB instead of 10, and MB/s is not flattered by runs of spaces that every parser skips cheaply.
constexpr bool indentPage = false;

/// Builds the page: every instance carries what EC2 really returns for a VPC instance (block devices, network
/// interfaces with their private IP sets and groups, metadata and CPU options, 5-10 tags), with the spread of
/// types, zones, states, lifecycles and public IPs of a mixed fleet. The generator is std::mt19937 with a fixed
/// seed and no distributions (whose output is implementation-defined), so the bytes are the same everywhere.
class PageWriter
{
public:
    QByteArray page(int instances)
    {
        m_out.reserve(instances * 4200);
        line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        line(0, "<DescribeInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">");
        leaf(4, "requestId", "8f7724cf-496f-496e-8fe3-0f2a1e6b3c4d");
        line(4, "<reservationSet>");
        int written = 0;
        while (written < instances) {
            // Reservations of 1-4 instances, as from RunInstances calls with MinCount > 1.
            const int inReservation = std::min(instances - written, 1 + pick(4));
            reservation(written, inReservation);
            written += inReservation;
        }
        line(4, "</reservationSet>");
        leaf(
            4, "nextToken", "eyJ2IjoiMyIsImMiOiJpK0ZPTnRVaHZYTzFnRE1rT2ZpN1J3PT0iLCJzIjoiMTcwNDE2NzQ0NSIsIm0iOjEwMDB9");
        line(0, "</DescribeInstancesResponse>");
        return m_out;
    }

private:
    int pick(int n) { return int(m_random() % unsigned(n)); }
    QByteArray hex(int digits)
    {
        static constexpr char alphabet[] = "0123456789abcdef";
        QByteArray s(digits, '0');
        for (char &c : s)
            c = alphabet[pick(16)];
        return s;
    }
    QByteArray ip(int a, int b)
    {
        return QByteArray::number(a) + '.' + QByteArray::number(b) + '.' + QByteArray::number(pick(256)) + '.'
            + QByteArray::number(1 + pick(254));
    }
    void line(int level, const QByteArray &text)
    {
        m_out.append(indentPage ? level : 0, ' ');
        m_out.append(text);
        m_out.append('\n');
    }
    void leaf(int level, const char *name, const QByteArray &value)
    {
        m_out.append(indentPage ? level : 0, ' ');
        if (value.isEmpty()) {
            m_out.append('<').append(name).append("/>\n");
            return;
        }
        m_out.append('<').append(name).append('>').append(value).append("</").append(name).append(">\n");
    }
    void open(int indent, const char *name) { line(indent, QByteArray("<") + name + '>'); }
    void close(int indent, const char *name) { line(indent, QByteArray("</") + name + '>'); }

    void reservation(int firstIndex, int count)
    {
        open(8, "item");
        leaf(12, "reservationId", "r-0" + hex(16));
        leaf(12, "ownerId", "123456789012");
        leaf(12, "groupSet", {});
        open(12, "instancesSet");
        for (int i = 0; i < count; ++i)
            instance(firstIndex + i);
        close(12, "instancesSet");
        close(8, "item");
    }

    void instance(int index)
    {
        static constexpr std::array types { "t3.micro", "t3.medium", "m5.large", "m5.xlarge", "c6g.xlarge",
            "r6i.2xlarge", "m7g.large", "c5.4xlarge", "t4g.small", "g5.xlarge" };
        static constexpr std::array zones { "us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d", "us-east-1f" };
        static constexpr std::array images { "ami-0c02fb55956c7d316", "ami-0abcdef1234567890", "ami-08d70e59c07c61a3a",
            "ami-0557a15b87f6559cf" };
        static constexpr std::array teams { "payments", "search", "platform", "data", "ml", "web" };
        static constexpr std::array envs { "prod", "staging", "dev" };

        const int s = pick(100);
        const char *state = s < 75 ? "running" : s < 90 ? "stopped" : s < 95 ? "pending" : "terminated";
        const char *code = s < 75 ? "16" : s < 90 ? "80" : s < 95 ? "0" : "48";
        const bool spot = pick(5) == 0;
        const bool windows = pick(10) == 0;
        const bool running = s < 75;
        const bool hasPublicIp = running && pick(10) < 7;
        const int zone = pick(int(zones.size()));
        const QByteArray privateIp = ip(10, zone * 16 + pick(16));
        const QByteArray publicIp = ip(3 + pick(50), pick(256));
        const QByteArray launch = "2025-" + QByteArray::number(1 + pick(12)).rightJustified(2, '0') + '-'
            + QByteArray::number(1 + pick(28)).rightJustified(2, '0') + 'T'
            + QByteArray::number(pick(24)).rightJustified(2, '0') + ':'
            + QByteArray::number(pick(60)).rightJustified(2, '0') + ':'
            + QByteArray::number(pick(60)).rightJustified(2, '0') + ".000Z";
        const QByteArray vpc = zone < 3 ? "vpc-0a1b2c3d4e5f60718" : "vpc-0f1e2d3c4b5a69788";
        const QByteArray subnet = "subnet-0" + QByteArray::number(zone) + "a1b2c3d4e5f6071";
        const QByteArray privateDns = "ip-" + QByteArray(privateIp).replace('.', '-') + ".ec2.internal";
        const QByteArray publicDns = hasPublicIp
            ? QByteArray("ec2-" + QByteArray(publicIp).replace('.', '-') + ".compute-1.amazonaws.com")
            : QByteArray();
        const QByteArray sg = "sg-0" + hex(16);

        constexpr int i = 20;
        open(16, "item");
        leaf(i, "instanceId", "i-0" + hex(16));
        leaf(i, "imageId", images[size_t(pick(int(images.size())))]);
        open(i, "instanceState");
        leaf(i + 4, "code", code);
        leaf(i + 4, "name", state);
        close(i, "instanceState");
        leaf(i, "privateDnsName", privateDns);
        leaf(i, "dnsName", publicDns);
        leaf(i, "reason", s < 75 ? QByteArray() : "User initiated (2025-12-01 10:00:00 GMT)");
        leaf(i, "keyName", "deploy-" + QByteArray(teams[size_t(index % int(teams.size()))]));
        leaf(i, "amiLaunchIndex", QByteArray::number(pick(3)));
        leaf(i, "productCodes", {});
        leaf(i, "instanceType", types[size_t(pick(int(types.size())))]);
        leaf(i, "launchTime", launch);
        open(i, "placement");
        leaf(i + 4, "availabilityZone", zones[size_t(zone)]);
        leaf(i + 4, "groupName", {});
        leaf(i + 4, "tenancy", "default");
        close(i, "placement");
        if (windows)
            leaf(i, "platform", "windows");
        open(i, "monitoring");
        leaf(i + 4, "state", pick(4) == 0 ? "enabled" : "disabled");
        close(i, "monitoring");
        leaf(i, "subnetId", subnet);
        leaf(i, "vpcId", vpc);
        leaf(i, "privateIpAddress", privateIp);
        if (hasPublicIp)
            leaf(i, "ipAddress", publicIp);
        leaf(i, "sourceDestCheck", "true");
        open(i, "groupSet");
        const int groups = 1 + pick(2);
        for (int g = 0; g < groups; ++g) {
            open(i + 4, "item");
            leaf(i + 8, "groupId", g == 0 ? sg : QByteArray("sg-0" + hex(16)));
            leaf(i + 8, "groupName",
                QByteArray(teams[size_t(pick(int(teams.size())))]) + "-sg-" + QByteArray::number(g));
            close(i + 4, "item");
        }
        close(i, "groupSet");
        if (!running) {
            open(i, "stateReason");
            leaf(i + 4, "code", "Client.UserInitiatedShutdown");
            leaf(i + 4, "message", "Client.UserInitiatedShutdown: User initiated shutdown");
            close(i, "stateReason");
        }
        leaf(i, "architecture", "x86_64");
        leaf(i, "rootDeviceType", "ebs");
        leaf(i, "rootDeviceName", windows ? "/dev/sda1" : "/dev/xvda");
        open(i, "blockDeviceMapping");
        const int volumes = 1 + pick(2);
        for (int v = 0; v < volumes; ++v) {
            open(i + 4, "item");
            leaf(i + 8, "deviceName",
                v == 0 ? QByteArray(windows ? "/dev/sda1" : "/dev/xvda")
                       : QByteArray("/dev/sd" + QByteArray(1, char('f' + v))));
            open(i + 8, "ebs");
            leaf(i + 12, "volumeId", "vol-0" + hex(16));
            leaf(i + 12, "status", "attached");
            leaf(i + 12, "attachTime", launch);
            leaf(i + 12, "deleteOnTermination", v == 0 ? "true" : "false");
            close(i + 8, "ebs");
            close(i + 4, "item");
        }
        close(i, "blockDeviceMapping");
        leaf(i, "virtualizationType", "hvm");
        leaf(i, "clientToken", spot ? QByteArray("fleet-" + hex(8) + '-' + hex(4) + '-' + hex(12)) : QByteArray());
        if (spot) {
            leaf(i, "instanceLifecycle", "spot");
            leaf(i, "spotInstanceRequestId", "sir-" + hex(8));
        }
        open(i, "tagSet");
        const int tags = 5 + pick(6);
        tag(i + 4, "Name", QByteArray(teams[size_t(index % int(teams.size()))]) + "-" + QByteArray::number(index));
        tag(i + 4, "env", envs[size_t(pick(int(envs.size())))]);
        tag(i + 4, "team", teams[size_t(pick(int(teams.size())))]);
        tag(i + 4, "cost-center", "CC-" + QByteArray::number(1000 + pick(20)));
        tag(i + 4, "owner", "ops&amp;infra@example.com");
        static constexpr std::array extraKeys { "aws:autoscaling:groupName", "Project", "Backup", "Schedule",
            "Service" };
        for (int t = 5; t < tags; ++t)
            tag(i + 4, extraKeys[size_t(t - 5)], "value-" + QByteArray::number(pick(50)));
        close(i, "tagSet");
        leaf(i, "hypervisor", "xen");
        open(i, "networkInterfaceSet");
        const int interfaces = pick(10) == 0 ? 2 : 1;
        for (int n = 0; n < interfaces; ++n)
            networkInterface(i + 4, n, n == 0 ? privateIp : ip(10, zone * 16), subnet, vpc, sg,
                n == 0 && hasPublicIp ? publicIp : QByteArray(), launch);
        close(i, "networkInterfaceSet");
        open(i, "iamInstanceProfile");
        leaf(i + 4, "arn", "arn:aws:iam::123456789012:instance-profile/app-instance-profile");
        leaf(i + 4, "id", "AIPA" + hex(16).toUpper());
        close(i, "iamInstanceProfile");
        leaf(i, "ebsOptimized", pick(2) ? "true" : "false");
        leaf(i, "enaSupport", "true");
        open(i, "cpuOptions");
        leaf(i + 4, "coreCount", QByteArray::number(1 + pick(8)));
        leaf(i + 4, "threadsPerCore", "2");
        close(i, "cpuOptions");
        open(i, "capacityReservationSpecification");
        leaf(i + 4, "capacityReservationPreference", "open");
        close(i, "capacityReservationSpecification");
        open(i, "hibernationOptions");
        leaf(i + 4, "configured", "false");
        close(i, "hibernationOptions");
        open(i, "metadataOptions");
        leaf(i + 4, "state", "applied");
        leaf(i + 4, "httpTokens", "required");
        leaf(i + 4, "httpPutResponseHopLimit", "2");
        leaf(i + 4, "httpEndpoint", "enabled");
        leaf(i + 4, "httpProtocolIpv6", "disabled");
        leaf(i + 4, "instanceMetadataTags", "disabled");
        close(i, "metadataOptions");
        open(i, "enclaveOptions");
        leaf(i + 4, "enabled", "false");
        close(i, "enclaveOptions");
        leaf(i, "platformDetails", windows ? "Windows" : "Linux/UNIX");
        leaf(i, "usageOperation", windows ? "RunInstances:0002" : "RunInstances");
        leaf(i, "usageOperationUpdateTime", launch);
        open(i, "privateDnsNameOptions");
        leaf(i + 4, "hostnameType", "ip-name");
        leaf(i + 4, "enableResourceNameDnsARecord", "false");
        leaf(i + 4, "enableResourceNameDnsAAAARecord", "false");
        close(i, "privateDnsNameOptions");
        open(i, "maintenanceOptions");
        leaf(i + 4, "autoRecovery", "default");
        close(i, "maintenanceOptions");
        leaf(i, "currentInstanceBootMode", "legacy-bios");
        close(16, "item");
    }

    void tag(int indent, const char *key, const QByteArray &value)
    {
        open(indent, "item");
        leaf(indent + 4, "key", key);
        leaf(indent + 4, "value", value);
        close(indent, "item");
    }

    void networkInterface(int indent, int deviceIndex, const QByteArray &privateIp, const QByteArray &subnet,
        const QByteArray &vpc, const QByteArray &sg, const QByteArray &publicIp, const QByteArray &attachTime)
    {
        const int i = indent + 4;
        const QByteArray privateDns = "ip-" + QByteArray(privateIp).replace('.', '-') + ".ec2.internal";
        const QByteArray publicDns = "ec2-" + QByteArray(publicIp).replace('.', '-') + ".compute-1.amazonaws.com";
        open(indent, "item");
        leaf(i, "networkInterfaceId", "eni-0" + hex(16));
        leaf(i, "subnetId", subnet);
        leaf(i, "vpcId", vpc);
        leaf(i, "description", deviceIndex == 0 ? QByteArray() : "secondary interface");
        leaf(i, "ownerId", "123456789012");
        leaf(i, "status", "in-use");
        leaf(i, "macAddress", hex(2) + ':' + hex(2) + ':' + hex(2) + ':' + hex(2) + ':' + hex(2) + ':' + hex(2));
        leaf(i, "privateIpAddress", privateIp);
        leaf(i, "privateDnsName", privateDns);
        leaf(i, "sourceDestCheck", "true");
        open(i, "groupSet");
        open(i + 4, "item");
        leaf(i + 8, "groupId", sg);
        leaf(i + 8, "groupName", "app-sg");
        close(i + 4, "item");
        close(i, "groupSet");
        open(i, "attachment");
        leaf(i + 4, "attachmentId", "eni-attach-0" + hex(16));
        leaf(i + 4, "deviceIndex", QByteArray::number(deviceIndex));
        leaf(i + 4, "status", "attached");
        leaf(i + 4, "attachTime", attachTime);
        leaf(i + 4, "deleteOnTermination", "true");
        leaf(i + 4, "networkCardIndex", "0");
        close(i, "attachment");
        if (!publicIp.isEmpty()) {
            open(i, "association");
            leaf(i + 4, "publicIp", publicIp);
            leaf(i + 4, "publicDnsName", publicDns);
            leaf(i + 4, "ipOwnerId", "amazon");
            close(i, "association");
        }
        open(i, "privateIpAddressesSet");
        const int addresses = pick(4) == 0 ? 2 : 1;
        for (int a = 0; a < addresses; ++a) {
            const QByteArray address = a == 0 ? privateIp : ip(10, 200 + a);
            open(i + 4, "item");
            leaf(i + 8, "privateIpAddress", address);
            leaf(i + 8, "privateDnsName", "ip-" + QByteArray(address).replace('.', '-') + ".ec2.internal");
            leaf(i + 8, "primary", a == 0 ? "true" : "false");
            if (a == 0 && !publicIp.isEmpty()) {
                open(i + 8, "association");
                leaf(i + 12, "publicIp", publicIp);
                leaf(i + 12, "publicDnsName", publicDns);
                leaf(i + 12, "ipOwnerId", "amazon");
                close(i + 8, "association");
            }
            close(i + 4, "item");
        }
        close(i, "privateIpAddressesSet");
        leaf(i, "ipv6AddressesSet", {});
        leaf(i, "interfaceType", "interface");
        close(indent, "item");
    }

    std::mt19937 m_random { 20260102 };
    QByteArray m_out;
};

const QByteArray &describeInstancesPage()
{
    static const QByteArray page = PageWriter().page(instancesPerPage);
    return page;
}

void reportPage(benchmark::State &state, qsizetype bytes)
{
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes);
    state.counters["pages/s"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["doc_bytes"] = double(bytes);
}

void BM_ParseDescribeInstances(benchmark::State &state)
{
    const QByteArray &xml = describeInstancesPage();
    for (auto _ : state) {
        auto page = AwsXml::parseDescribeInstances(xml);
        if (!page.ok() || page->instances.size() != instancesPerPage) {
            state.SkipWithError("the generated page did not parse into 1,000 instances");
            break;
        }
        benchmark::DoNotOptimize(page);
    }
    reportPage(state, xml.size());
}
BENCHMARK(BM_ParseDescribeInstances)->Unit(benchmark::kMillisecond);

/// QXmlStreamReader tokenizing the same bytes in 64 KiB slices, as AwsXml fed it before it had its own scanner, and
/// doing nothing with the tokens: what the old parser could never beat.
void BM_QXmlStreamReaderBareWalk(benchmark::State &state)
{
    const QByteArray &xml = describeInstancesPage();
    constexpr qsizetype slice = 64 * 1024;
    for (auto _ : state) {
        QXmlStreamReader reader;
        reader.setNamespaceProcessing(false);
        qsizetype fed = 0;
        qint64 elements = 0;
        bool done = false;
        while (!done) {
            switch (reader.readNext()) {
            case QXmlStreamReader::StartElement:
                ++elements;
                break;
            case QXmlStreamReader::Invalid:
                if (reader.error() == QXmlStreamReader::PrematureEndOfDocumentError && fed < xml.size()) {
                    const qsizetype n = std::min(slice, xml.size() - fed);
                    reader.addData(QByteArray::fromRawData(xml.constData() + fed, n));
                    fed += n;
                } else {
                    done = true;
                }
                break;
            case QXmlStreamReader::EndDocument:
                done = true;
                break;
            default:
                break;
            }
        }
        if (reader.hasError()) {
            state.SkipWithError("QXmlStreamReader failed on the generated page");
            break;
        }
        benchmark::DoNotOptimize(elements);
    }
    reportPage(state, xml.size());
}
BENCHMARK(BM_QXmlStreamReaderBareWalk)->Unit(benchmark::kMillisecond);

#ifdef ONRAMP_BENCH_LIBXML2
/// The peer floor: libxml2's streaming xmlTextReader over the same bytes, reading every node and touching its local
/// name and value (what a parser minimally looks at), keeping nothing. No DTD loading, no network, no entity
/// substitution: the safe settings a response parser would use.
void BM_Libxml2TextReaderBareWalk(benchmark::State &state)
{
    const QByteArray &xml = describeInstancesPage();
    xmlInitParser();
    for (auto _ : state) {
        xmlTextReaderPtr reader
            = xmlReaderForMemory(xml.constData(), int(xml.size()), nullptr, "UTF-8", XML_PARSE_NONET);
        if (!reader) {
            state.SkipWithError("xmlReaderForMemory failed");
            break;
        }
        qint64 nodes = 0;
        qint64 touched = 0;
        int status = 0;
        while ((status = xmlTextReaderRead(reader)) == 1) {
            ++nodes;
            if (const xmlChar *name = xmlTextReaderConstLocalName(reader))
                touched += name[0];
            if (const xmlChar *value = xmlTextReaderConstValue(reader))
                touched += value[0];
        }
        xmlFreeTextReader(reader);
        if (status != 0) {
            state.SkipWithError("libxml2 failed on the generated page");
            break;
        }
        benchmark::DoNotOptimize(nodes);
        benchmark::DoNotOptimize(touched);
    }
    reportPage(state, xml.size());
}
BENCHMARK(BM_Libxml2TextReaderBareWalk)->Unit(benchmark::kMillisecond);
#endif

} // namespace

int main(int argc, char **argv)
{
    const QString path = qEnvironmentVariable("ONRAMP_BENCH_WRITE_PAGE");
    if (!path.isEmpty()) {
        QFile file(path);
        const QByteArray &page = describeInstancesPage();
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(page) != page.size()) {
            std::fprintf(stderr, "cannot write the page to %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
            return 1;
        }
        std::fprintf(stderr, "wrote the %d-instance DescribeInstances page (%lld bytes) to %s\n", instancesPerPage,
            static_cast<long long>(page.size()), qPrintable(path));
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
