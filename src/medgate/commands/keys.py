"""Create, list and revoke API keys (only a sha256 of each key is stored).

    medgate keys create --name ward-7 --role clinician|researcher|admin [--budget-usd 50]
                        [--rpm 60] [--models a,b] [--phi block|pseudonymise|allow]
    medgate keys list [--format table|json]
    medgate keys revoke KEY_ID

`create` prints the key once; it cannot be shown again. Once any key exists, every route but
/health needs one. The database is the config's audit.url (or $MEDGATE_AUDIT_URL), or --db URL.
"""

from __future__ import annotations

import argparse
import sys
import time

import orjson

from medgate.auth import ROLES, create_key, list_keys, revoke_key
from medgate.auth.keys import PHI_ORDER
from medgate.config import load_config
from medgate.store import open_store


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", help="YAML config (its audit.url is the database)")
    parser.add_argument("--db", help="database URL (overrides the config)")
    sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    create = sub.add_parser("create", help="make a key and print it once")
    create.add_argument("--name", required=True)
    create.add_argument("--role", required=True, choices=ROLES)
    create.add_argument("--budget-usd", type=float, help="total spend allowed (default: no budget)")
    create.add_argument("--rpm", type=int, help="requests per minute (default: no limit)")
    create.add_argument("--models", help="comma-separated aliases this key may use (default: all)")
    create.add_argument("--phi", choices=tuple(PHI_ORDER),
                        help="the weakest PHI policy this key may use (block: no PHI leaves, even locally)")
    ls = sub.add_parser("list", help="keys with role, limits and spend (never the key itself)")
    ls.add_argument("--format", choices=("table", "json"), default="table")
    revoke = sub.add_parser("revoke", help="stop a key working (servers notice within seconds)")
    revoke.add_argument("key_id")


def run(args: argparse.Namespace) -> int:
    engine = open_store(args.db or load_config(args.config).audit_url)
    try:
        if args.action == "create":
            models = [m.strip() for m in args.models.split(",") if m.strip()] if args.models else None
            secret, key = create_key(engine, args.name, args.role, budget_usd=args.budget_usd, rpm=args.rpm,
                                     models=models, phi=args.phi)
            print(secret)
            print(f"created {key.id} ({key.role}, {key.name}); this key is shown only now", file=sys.stderr)
            return 0
        if args.action == "revoke":
            if not revoke_key(engine, args.key_id):
                print(f"medgate: error: no active key {args.key_id!r} (see medgate keys list)", file=sys.stderr)
                return 1
            print(f"revoked {args.key_id}")
            return 0
        keys = list_keys(engine)
        if args.format == "json":
            print(orjson.dumps(keys, option=orjson.OPT_INDENT_2).decode())
            return 0
        print(f"{'id':18} {'name':20} {'role':10} {'budget':>10} {'spent':>10} {'rpm':>5} {'phi':12} "
              f"{'models':20} state")
        for k in keys:
            budget = f"{k['budget_usd']:.2f}" if k["budget_usd"] is not None else "-"
            state = "revoked " + time.strftime("%Y-%m-%d", time.gmtime(k["revoked_at"])) if k["revoked_at"] else "active"
            print(f"{k['id']:18} {k['name'][:20]:20} {k['role']:10} {budget:>10} {k['spent_usd']:>10.4f} "
                  f"{k['rpm'] or '-':>5} {k['phi'] or '-':12} {(k['models'] or 'all')[:20]:20} {state}")
        return 0
    finally:
        engine.dispose()
