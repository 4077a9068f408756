"""The benchmark fleet: N generated instances of account 111122223333 over the 17 standard regions, uneven.

us-east-1 holds half of them; the other half is spread over the remaining 16 regions with fixed, decreasing
weights (the largest of them gets ~16% of that half, the smallest ~0.5%), so most small regions are a single
page and a few take two or three. Every region that holds instances also holds RDS databases, one per
INSTANCES_PER_DATABASE instances and at least one (us-east-1: 10 at 1,000 instances, 1,000 in 10 pages of 100 at
100,000). Every request gets `latency_ms` added by the fake (SCENARIOS.md, faults).
"""

ACCOUNT = '111122223333'
ROLE_ARN = 'arn:aws:iam::111122223333:role/OnrampDiscoveryRole'
CONSOLE_KEY = 'AKIAONRAMPCONSOLE001'
CONSOLE_SECRET = 'OnrampConsole/K7MDENG+bPxRfiCYEXAMPLEKEY'
REGIONS = ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'eu-west-1', 'eu-west-2',
           'eu-west-3', 'eu-central-1', 'eu-north-1', 'ap-south-1', 'ap-northeast-1', 'ap-northeast-2',
           'ap-southeast-1', 'ap-southeast-2', 'sa-east-1', 'ap-northeast-3']
BIG_REGION = 'us-east-1'
# Weights of the 16 other regions (in REGIONS order after us-east-1): uneven on purpose.
WEIGHTS = [9, 1, 16, 2, 12, 3, 1, 7, 1, 2, 5, 1, 6, 4, 2, 1]
PAGE_SIZE = 1000  # what AWS allows at most per DescribeInstances page, and what every contestant asks for
RDS_PAGE_SIZE = 100  # DescribeDBInstances' MaxRecords maximum (and default)
INSTANCES_PER_DATABASE = 50
# The role's permissions: the template's, i.e. aws/permissionprobe.h discoveryActions() (keep the two equal).
DISCOVERY_ACTIONS = ['ec2:DescribeRegions', 'ec2:DescribeInstances', 'ec2:DescribeInstanceStatus',
                     'rds:DescribeDBInstances']


def distribution(total):
    """{region: instance count}; us-east-1 gets total // 2 (+ rounding), the rest by WEIGHTS; sums to total."""
    big = total - total // 2
    rest = total - big
    others = REGIONS[1:]
    counts = [rest * w // sum(WEIGHTS) for w in WEIGHTS]
    for k in range(rest - sum(counts)):  # hand out the rounding remainder, largest weights first
        counts[sorted(range(len(WEIGHTS)), key=lambda i: -WEIGHTS[i])[k % len(WEIGHTS)]] += 1
    out = {BIG_REGION: big}
    out.update(zip(others, counts))
    assert sum(out.values()) == total
    return out


def pages(count, page_size=PAGE_SIZE):
    """Pages of page_size for count items (an empty region still answers one page)."""
    return max(1, -(-count // page_size))


def database_count(instances):
    """RDS databases of a region holding \a instances: one per INSTANCES_PER_DATABASE, at least one if any."""
    return max(1, instances // INSTANCES_PER_DATABASE) if instances else 0


def databases(total):
    """{region: database count} for a fleet of total instances."""
    return {r: database_count(n) for r, n in distribution(total).items()}


def rds_pages(count):
    return pages(count, RDS_PAGE_SIZE)


def longest_rds_region(total):
    """The region with the most databases (its DescribeDBInstances chain is the longest)."""
    dbs = databases(total)
    return max(REGIONS, key=lambda r: (dbs[r], r == BIG_REGION))


def scenario(total, external_id, latency_ms=50):
    """The fakeaws scenario JSON (extends basic: console identity, role; the role's External ID replaced)."""
    regions = {r: {'generate': n, 'seed': 100 + i, 'spot_ratio': 0.2,
                   'databases': {'generate': database_count(n), 'seed': 200 + i}}
               for i, (r, n) in enumerate(distribution(total).items()) if n}
    return {
        'extends': 'basic',
        'roles': [{'arn': ROLE_ARN, 'external_id': external_id, 'trusted_accounts': ['999988887777'],
                   'allowed_actions': DISCOVERY_ACTIONS,
                   'max_session_seconds': 3600}],
        'accounts': {ACCOUNT: {'regions': regions}},
        'faults': {'latency_ms': latency_ms},
    }
