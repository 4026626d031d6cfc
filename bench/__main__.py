"""Benchmarks: ``python -m bench <name> [options]``. Each prints a short table and, as its last line, one JSON
object with its figures. Names: certificates, cluster, dashboard, serve."""

import argparse
import sys


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    sub = parser.add_subparsers(dest="name", required=True)
    certificates = sub.add_parser("certificates", help="certificate issue vs bare WeasyPrint render; ZIP memory")
    certificates.add_argument("--repeat", type=int, default=5, help="runs per figure (the median is reported)")
    certificates.add_argument("--zip-count", type=int, default=500, help="certificates in the ZIP")
    dashboard = sub.add_parser("dashboard", help="dashboards at national scale on PostgreSQL vs hand-written SQL")
    dashboard.add_argument("--learners", type=int, default=100_000)
    serve = sub.add_parser("serve", help="the site under gunicorn and load, against a baseline view")
    serve.add_argument("--seconds", type=int, default=10, help="seconds of load per URL")
    serve.add_argument("--databases", default="sqlite,postgresql", help="comma-separated: sqlite, postgresql")
    cluster = sub.add_parser("cluster", help="two app servers behind nginx, replica, Redis, S3, a worker; failures")
    cluster.add_argument("--learners", type=int, default=50, help="learners submitting quizzes at once")
    args = parser.parse_args(argv)

    if args.name == "certificates":
        from .certificates import run

        return run(repeat=args.repeat, zip_count=args.zip_count)
    if args.name == "dashboard":
        from .dashboard import run

        return run(learners=args.learners)
    if args.name == "cluster":
        from .cluster import run

        return run(learners=args.learners)
    if args.name == "serve":
        from .serve import run

        return run(seconds=args.seconds, databases=args.databases.split(","))
    return 2


if __name__ == "__main__":
    sys.exit(main())
