"""`shoplens campaign WS create|list|results|export|delete`: campaigns with a holdout group and the lift they brought."""

from __future__ import annotations

import argparse

from . import print_json

NAME = "campaign"
HELP = ("Create a campaign from a segment or a tag with a random holdout group, list campaigns, show what they"
        " brought (lift with 95% confidence intervals), or export the treatment group's contact list.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS", help="the workspace file (*.shoplens)")
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = sub.add_parser("create", help="create a campaign and draw its holdout group",
                            description="Create a campaign from a segment or a tag; its members are split at random"
                                        " (reproducibly, from the seed) into a treatment and a holdout group.")
    which = create.add_mutually_exclusive_group(required=True)
    which.add_argument("--segment", metavar="LABEL", help="a segment's label or name (newest run that has it)")
    which.add_argument("--tag", metavar="NAME", help="a tag's name")
    create.add_argument("--run", type=int, default=None, metavar="ID", help="with --segment: the segmentation run")
    create.add_argument("--name", required=True, help="the campaign's name (unique)")
    create.add_argument("--holdout", type=float, default=0.1, metavar="SHARE",
                        help="share of the customers held out, e.g. 0.1 for 10%% (default 0.1)")
    create.add_argument("--window", type=int, default=30, metavar="DAYS",
                        help="days after the start in which a purchase counts (default 30)")
    create.add_argument("--start", default=None, metavar="YYYY-MM-DD",
                        help="the first day of the campaign (default: the day after the last order)")
    create.add_argument("--channel", default="sms", choices=("sms", "email", "wechat", "in_store", "other"),
                        help="how the message goes out (default sms)")
    create.add_argument("--seed", type=int, default=None, metavar="N", help="the random seed (default: a new one)")
    create.add_argument("--coupon", default=None, metavar="CODE", help="the coupon code of the treatment group")
    create.add_argument("--holdout-coupon", default=None, metavar="CODE",
                        help="a coupon code given to the holdout group (rare)")
    create.add_argument("--json", action="store_true", help="print the campaign and its plan as JSON")
    listing = sub.add_parser("list", help="list the campaigns with their status and headline lift")
    listing.add_argument("--json", action="store_true", help="print as JSON")
    results = sub.add_parser("results", help="what a campaign (or every campaign) brought")
    results.add_argument("name", nargs="?", default=None, help="the campaign (default: all)")
    results.add_argument("--lang", choices=("en", "zh_CN"), default="en", help="language of the text output")
    results.add_argument("--json", action="store_true", help="print as JSON")
    delete = sub.add_parser("delete", help="delete a campaign and its members (the audit log keeps that it existed)")
    delete.add_argument("name", help="the campaign")
    export = sub.add_parser("export", help="export the treatment group's contact list (export rules apply)")
    export.add_argument("name", help="the campaign")
    export.add_argument("--out", required=True, metavar="FILE", help="the file to write: .csv or .xlsx")
    export.add_argument("--mask", action="store_true", help="mask phones and e-mails")
    export.add_argument("--lang", choices=("en", "zh_CN"), default="en", help="language of the headers")
    export.add_argument("--json", action="store_true", help="print the result as JSON")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..workspace import SCHEMA_VERSION, Workspace, check_file

    # reading needs no lock (the app may have the workspace open), unless an older file must be upgraded first
    readonly = args.action in ("list", "results") and check_file(Path(args.workspace)) >= SCHEMA_VERSION
    with Workspace.open(args.workspace, readonly=readonly) as ws:
        return {"create": _create, "list": _list, "results": _results, "export": _export,
                "delete": _delete}[args.action](ws, args)


def _create(ws, args: argparse.Namespace) -> int:
    import datetime as dt

    from ..campaigns.power import warning_text
    from ..campaigns.store import create_campaign, segment_source, tag_source
    from ..errors import InputError

    start = None
    if args.start:
        try:
            start = dt.date.fromisoformat(args.start)
        except ValueError:
            raise InputError('"{start}" is not a date; write it as YYYY-MM-DD, e.g. 2024-06-01.', start=args.start) from None
    if args.run is not None and not args.segment:
        raise InputError("--run only applies with --segment.")
    source = segment_source(ws, args.segment, args.run) if args.segment else tag_source(ws, args.tag)
    campaign = create_campaign(ws, args.name, source, channel=args.channel, start=start, window_days=args.window,
                               holdout_share=args.holdout, seed=args.seed, coupon_treatment=args.coupon,
                               coupon_holdout=args.holdout_coupon)
    from ..campaigns.power import warnings_for
    from ..campaigns.store import members

    n1, n2 = len(members(ws, campaign.id, "treatment")), len(members(ws, campaign.id, "holdout"))
    warnings = warnings_for(n1, n2, campaign.mde, campaign.baseline)
    if args.json:
        print_json({**campaign.as_dict(), "treatment": n1, "holdout": n2, "warnings": warnings,
                    "warning_texts": [warning_text(w, campaign.mde) for w in warnings]})
        return 0
    print(f'Campaign "{campaign.name}" (#{campaign.id}): {n1:,} customers get the message, {n2:,} are held out'
          f" (seed {campaign.seed}); purchases from {campaign.start} to {campaign.end} (exclusive) count.")
    if campaign.baseline is not None:
        print(f"Usual buying rate of the group over {campaign.window_days} days: {campaign.baseline * 100:.1f}%.")
    if campaign.mde is not None:
        print(f"Smallest lift this campaign can detect (80% power, 5% two-sided): {campaign.mde * 100:.1f} points.")
    for w in warnings:
        print("Warning: " + warning_text(w, campaign.mde))
    return 0


def _list(ws, args: argparse.Namespace) -> int:
    from ..campaigns.results import all_results

    results = all_results(ws)
    if args.json:
        print_json([_row(r) for r in results])
        return 0
    if not results:
        print("There is no campaign yet; create one with `shoplens campaign WS create`.")
        return 0
    from ..campaigns.texts import ct, p_text, points

    for r in results:
        row, conv = _row(r), r.conversion
        lift = "—" if conv is None else \
            f"{conv.diff * 100:+.1f} points (95% CI {points(conv.diff_ci[0])} to {points(conv.diff_ci[1])})," \
            f" {p_text(conv.p_value)}"
        print(f"#{row['id']} {row['name']}: {row['source']}, {row['start']} + {row['window_days']} days,"
              f" {row['treatment']:,} get it / {row['holdout']:,} held out, {ct('status_' + r.status).lower()};"
              f" lift {lift}")
    return 0


def _row(r) -> dict:
    c = r.campaign
    conv = r.conversion
    return {"id": c.id, "name": c.name, "source": f"{c.source.kind} {c.source.name('en')}",
            "start": c.start.isoformat(), "window_days": c.window_days, "treatment": r.treatment,
            "holdout": r.holdout, "status": r.status,
            "lift_points": None if conv is None else round(conv.diff * 100, 2),
            "ci_points": None if conv is None else [round(v * 100, 2) for v in conv.diff_ci],
            "p_value": None if conv is None else conv.p_value}


def _results(ws, args: argparse.Namespace) -> int:
    from ..campaigns.results import all_results, campaign_results
    from ..campaigns.texts import details, headline, verdict_text

    results = [campaign_results(ws, args.name)] if args.name else all_results(ws)
    if args.json:
        data = [r.as_dict() for r in results]
        print_json(data[0] if args.name else data)
        return 0
    if not results:
        print("There is no campaign yet; create one with `shoplens campaign WS create`.")
        return 0
    currency = ws.meta("currency", "¥") or "¥"
    for i, r in enumerate(results):
        if i:
            print()
        c = r.campaign
        print(f"{c.name} ({c.source.name(args.lang)}, {c.start} + {c.window_days} days)")
        print("  " + verdict_text(r, args.lang))  # the verdict first, the statistics beneath it
        for line in [headline(r, args.lang), *details(r, args.lang, currency)]:
            print("    " + line)
    return 0


def _delete(ws, args: argparse.Namespace) -> int:
    from ..campaigns.store import delete_campaign, find_campaign

    campaign = find_campaign(ws, args.name)
    delete_campaign(ws, campaign.id)
    print(f'Deleted the campaign "{campaign.name}".')
    return 0


def _export(ws, args: argparse.Namespace) -> int:
    from ..reports.campaign_export import export_treatment

    result = export_treatment(ws, args.name, args.out, mask=args.mask, lang=args.lang)
    data = {"path": str(result.path), "rows": result.rows, "channel": result.channel,
            "opted_out_left_out": result.opted_out_left_out}
    if args.json:
        print_json(data)
    else:
        text = f"Wrote {result.rows:,} customers of the treatment group to {result.path}"
        if result.opted_out_left_out:
            text += f"; left out {result.opted_out_left_out:,} who refused marketing by {result.channel}"
        print(text + ".")
    return 0
