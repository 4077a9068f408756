"""The organization benchmark's fleet: an AWS Organization of N accounts (management + N-1 members) over the 17
standard regions, T instances in all, uneven across accounts and across each account's regions.

Accounts: the management account 100000000000, then members 2000000000NN ("member-N"). Account k's share of T
follows Zipf's law (weight 1/(k+1)), so a few accounts are large and most are small; inside each account the
instances are spread like the single-account fleet (fleet.distribution: half in one region, the rest over the
16 others with fixed uneven weights), the big region rotating from account to account. Every account has the
template's role OnrampDiscoveryRole (External ID onramp-*, trusting the console's account, allowed
fleet.DISCOVERY_ACTIONS); the management account's also may call the Organizations read actions. Every
account-region holding instances also holds RDS databases, as in the single-account fleet (fleet.database_count:
one per 50 instances, at least one). Every request gets `latency_ms` added by the fake.
"""
import fleet

MANAGEMENT = '100000000000'
ORG_ID = 'o-benchorg01'
ROOT = 'r-ab12'
ROLE_NAME = 'OnrampDiscoveryRole'
LIST_PAGE_SIZE = 20  # the fake's (and AWS's) most accounts per ListAccounts page


def role_arn(account):
    return 'arn:aws:iam::%s:role/%s' % (account, ROLE_NAME)


def account_ids(accounts):
    return [MANAGEMENT] + ['2%011d' % i for i in range(1, accounts)]


def account_sizes(accounts, total):
    """{account id: instance count}, Zipf-weighted, summing to total."""
    ids = account_ids(accounts)
    weights = [1.0 / (k + 1) for k in range(accounts)]
    sizes = [int(total * w / sum(weights)) for w in weights]
    for k in range(total - sum(sizes)):
        sizes[k % accounts] += 1
    assert sum(sizes) == total
    return dict(zip(ids, sizes))


def region_distribution(index, count):
    """{region: count} of account number \a index: fleet.distribution with the big region rotated."""
    base = fleet.distribution(count)  # us-east-1 first, then fleet.REGIONS[1:] in order
    counts = [base[r] for r in fleet.REGIONS]
    shift = index % len(fleet.REGIONS)
    rotated = counts[-shift:] + counts[:-shift] if shift else counts
    return dict(zip(fleet.REGIONS, rotated))


def distribution(accounts, total):
    """{account id: {region: count}}."""
    return {a: region_distribution(k, n) for k, (a, n) in enumerate(account_sizes(accounts, total).items())}


def databases(accounts, total):
    """{account id: {region: database count}}."""
    return {a: {r: fleet.database_count(n) for r, n in regions.items()}
            for a, regions in distribution(accounts, total).items()}


def longest_chain(accounts, total):
    """(account, region, pages) of the longest DescribeInstances page chain."""
    best = None
    for a, regions in distribution(accounts, total).items():
        for r, n in regions.items():
            if best is None or fleet.pages(n) > best[2]:
                best = (a, r, fleet.pages(n))
    return best


def longest_rds_region(accounts, total, account):
    """(region, pages) of \a account's longest DescribeDBInstances page chain (its region with the most databases).
    Raises if another account's RDS chain is longer: the floor follows one member (org_floor.py)."""
    dbs = databases(accounts, total)
    region = max(fleet.REGIONS, key=lambda r: dbs[account][r])
    pages = fleet.rds_pages(dbs[account][region])
    longest = max(fleet.rds_pages(n) for regions in dbs.values() for n in regions.values())
    if pages < longest:
        raise SystemExit('orgfleet: the longest RDS chain (%d pages) is not in %s' % (longest, account))
    return region, pages


def scenario(accounts, total, latency_ms=50):
    """The fakeaws scenario JSON (extends basic: the console identity 999988887777)."""
    dist = distribution(accounts, total)
    org_accounts = []
    for k, (a, regions) in enumerate(dist.items()):
        entry = {'id': a, 'name': 'management' if a == MANAGEMENT else 'member-%d' % k,
                 'email': '%s@example.com' % a, 'status': 'ACTIVE',
                 'regions': {r: {'generate': n, 'seed': 1000 + 17 * k + i, 'spot_ratio': 0.2,
                                 'databases': {'generate': fleet.database_count(n), 'seed': 5000 + 17 * k + i}}
                             for i, (r, n) in enumerate(regions.items()) if n}}
        org_accounts.append(entry)
    return {
        'extends': 'basic',
        'organization': {
            'id': ORG_ID, 'management_account': MANAGEMENT, 'root': ROOT, 'page_size': LIST_PAGE_SIZE,
            'accounts': org_accounts,
            'member_role': {'name': ROLE_NAME, 'external_id_like': 'onramp-*', 'trusted_accounts': ['999988887777'],
                            'allowed_actions': fleet.DISCOVERY_ACTIONS,
                            'max_session_seconds': 3600},
        },
        'faults': {'latency_ms': latency_ms},
    }
