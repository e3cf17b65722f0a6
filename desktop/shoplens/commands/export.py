"""`shoplens export WS (--segment LABEL | --tag NAME) --out FILE.csv|FILE.xlsx`: a contact list for a campaign."""

from __future__ import annotations

import argparse

from . import print_json

NAME = "export"
HELP = ("Export the customers of a segment or a tag as a contact list (CSV or XLSX); customers who refused"
        " marketing on the channel are left out.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS", help="the workspace file (*.shoplens)")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--segment", metavar="LABEL",
                       help="a segment label as `shoplens segment --json` prints it (or its name), from the newest"
                            " run that has it")
    which.add_argument("--tag", metavar="NAME", help="a tag's name")
    parser.add_argument("--run", type=int, default=None, metavar="ID", help="with --segment: the segmentation run")
    parser.add_argument("--out", required=True, metavar="FILE", help="the file to write: .csv or .xlsx")
    parser.add_argument("--channel", choices=("sms", "email", "wechat", "all"), default="sms",
                        help="the campaign's channel: customers who refused it are left out (default: sms)")
    parser.add_argument("--include-opted-out", action="store_true",
                        help="keep customers who refused marketing (e.g. for a service message)")
    parser.add_argument("--mask", action="store_true", help="mask phones (138****5678) and e-mails (a***@x.com)")
    parser.add_argument("--columns", default=None, metavar="A,B,...",
                        help="columns to write (default: member_no,name,phone,email,city,member_level,orders,"
                             "total_spend,last_order,segment,suggested_product; also gender)")
    parser.add_argument("--lang", choices=("en", "zh_CN"), default="en", help="language of the headers")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def run(args: argparse.Namespace) -> int:
    from ..campaigns.selectors import Selector
    from ..errors import InputError
    from ..reports.export import DEFAULT_COLUMNS, export_contacts
    from ..workspace import Workspace

    if args.run is not None and not args.segment:
        raise InputError("--run only applies with --segment.")
    selector = Selector.segment(args.segment, args.run) if args.segment else Selector.tag(args.tag)
    columns = [c.strip() for c in args.columns.split(",") if c.strip()] if args.columns else list(DEFAULT_COLUMNS)
    with Workspace.open(args.workspace) as ws:
        result = export_contacts(ws, selector, args.out, columns=columns, channel=args.channel,
                                 include_opted_out=args.include_opted_out, mask=args.mask, lang=args.lang)
    data = {"path": str(result.path), "format": result.format, "rows": result.rows, "channel": result.channel,
            "opted_out_left_out": result.opted_out_left_out, "without_contact": result.without_contact}
    if args.json:
        print_json(data)
        return 0
    text = f"Wrote {result.rows:,} customers to {result.path}"
    if result.opted_out_left_out:
        text += f"; left out {result.opted_out_left_out:,} who refused marketing by {result.channel}"
    if result.without_contact:
        text += f"; {result.without_contact:,} have no {'phone' if result.channel == 'sms' else 'e-mail'}"
    print(text + ".")
    return 0
