"""The benchmark fleet: N generated instances of account 111122223333 over the 17 standard regions, uneven.

us-east-1 holds half of them; the other half is spread over the remaining 16 regions with fixed, decreasing
weights (the largest of them gets ~16% of that half, the smallest ~0.5%), so most small regions are a single
page and a few take two or three. Every request gets `latency_ms` added by the fake (SCENARIOS.md, faults).
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


def pages(count):
    """DescribeInstances pages of PAGE_SIZE for count instances (an empty region still answers one page)."""
    return max(1, -(-count // PAGE_SIZE))


def scenario(total, external_id, latency_ms=50):
    """The fakeaws scenario JSON (extends basic: console identity, role; the role's External ID replaced)."""
    regions = {r: {'generate': n, 'seed': 100 + i, 'spot_ratio': 0.2}
               for i, (r, n) in enumerate(distribution(total).items()) if n}
    return {
        'extends': 'basic',
        'roles': [{'arn': ROLE_ARN, 'external_id': external_id, 'trusted_accounts': ['999988887777'],
                   'allowed_actions': ['ec2:DescribeRegions', 'ec2:DescribeInstances',
                                       'ec2:DescribeInstanceStatus'],
                   'max_session_seconds': 3600}],
        'accounts': {ACCOUNT: {'regions': regions}},
        'faults': {'latency_ms': latency_ms},
    }
