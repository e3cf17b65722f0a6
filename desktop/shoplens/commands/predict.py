"""`shoplens predict WS`: fit the purchase (BG/NBD) and spend (Gamma-Gamma) models and predict every buyer."""

from __future__ import annotations

import argparse

from . import print_json

NAME = "predict"
HELP = ("Predict each customer's chance of still being active, purchases in the next 90 days, 12-month value and"
        " next order (BG/NBD and Gamma-Gamma models), check them on a holdout period, and save them.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS", help="the workspace file (*.shoplens)")
    parser.add_argument("--until", default=None, metavar="YYYY-MM-DD",
                        help="end of the calibration period: fit on orders up to this day and compare the predictions"
                             " with the orders after it (nothing is saved); default: fit on every order, save the"
                             " predictions and check on the last third of the history")
    parser.add_argument("--unit", choices=("days", "weeks"), default="days",
                        help="time unit of the fitted parameters (alpha); default days")
    parser.add_argument("--discount", type=float, default=0.0, metavar="RATE",
                        help="monthly discount rate for the 12-month value, e.g. 0.01 (default 0)")
    parser.add_argument("--plot", metavar="FILE", default=None,
                        help="save the calibration/holdout chart (PNG, SVG or PDF)")
    parser.add_argument("--lang", choices=("en", "zh"), default="en", help="language of the text output and chart")
    parser.add_argument("--json", action="store_true", help="print parameters, counts and the holdout check as JSON")


def run(args: argparse.Namespace) -> int:
    import datetime as dt

    from ..errors import InputError
    from ..predict.calibration import holdout_check
    from ..predict.run import predict_customers
    from ..predict.store import save_run
    from ..reports.calibration_chart import calibration_figure
    from ..workspace import Workspace

    until = None
    if args.until:
        try:
            until = dt.date.fromisoformat(args.until)
        except ValueError:
            raise InputError('"{until}" is not a date; write it as YYYY-MM-DD, e.g. 2024-06-30.', until=args.until) from None
    if args.plot:
        from ..reports.atomic import check_target

        check_target(args.plot, (".png", ".svg", ".pdf"))
    with Workspace.open(args.workspace, readonly=until is not None) as ws:
        result = predict_customers(ws, until=until, unit=args.unit, discount=args.discount)
        data = result.summary()
        try:
            check = holdout_check(ws, until, unit=args.unit)
        except InputError as exc:
            if until is not None:
                raise
            check = None
            data["holdout_error"] = str(exc)
        data["holdout"] = check.as_dict() if check else None
        data["saved"] = until is None
        if until is None:
            save_run(ws, result)
            ws.audit("predict", {"as_of": data["as_of"], "unit": args.unit, "customers": data["customers"]})
    if args.plot and check is not None:
        from pathlib import Path

        from ..reports.atomic import atomic_output

        figure = calibration_figure(check, "zh" if args.lang == "zh" else "en")
        with atomic_output(args.plot) as tmp:
            figure.savefig(tmp, format=Path(args.plot).suffix.lower().lstrip("."), dpi=150)
    if args.json:
        print_json(data)
    else:
        print(format_prediction(data, args.lang))
    return 0


def format_prediction(data: dict, lang: str = "en") -> str:
    """Parameters, counts, totals and the holdout check as lines a person reads."""
    import datetime as dt

    zh = lang == "zh"
    p = data["params"]
    last = (dt.date.fromisoformat(data["as_of"]) - dt.timedelta(days=1)).isoformat()
    unit = {"days": "天", "weeks": "周"}.get(data["unit"], data["unit"]) if zh else data["unit"]
    lines = [("预测（依据截至 {last} 的订单，时间单位：{unit}）" if zh else
              "Predictions from orders through {last} (time unit: {unit})").format(last=last, unit=unit),
             f"  BG/NBD: r={p['r']:.4g}  alpha={p['alpha']:.4g}  a={p['a']:.4g}  b={p['b']:.4g}"]
    if p.get("p") is not None:
        lines.append(f"  Gamma-Gamma: p={p['p']:.4g}  q={p['q']:.4g}  gamma={p['gamma']:.4g}")
    if zh:
        lines.append(f"  客户 {data['customers']:,}，复购客户 {data['repeat_buyers']:,}，"
                     f"未来90天预计购买 {data['expected_purchases_90']:,.0f} 次")
    else:
        lines.append(f"  {data['customers']:,} customers, {data['repeat_buyers']:,} repeat buyers, "
                     f"{data['expected_purchases_90']:,.0f} purchases expected in the next 90 days")
    if data.get("predicted_value_12m") is not None:
        lines.append(("  未来12个月预测价值合计 {v:,.2f}" if zh else "  Predicted 12-month value, all customers: {v:,.2f}")
                     .format(v=data["predicted_value_12m"]))
    check = data.get("holdout")
    if check:
        template = ("  对照期检验：校准期至 {c}，对照期至 {h}：预测 {p:,.0f} 次，实际 {a:,} 次（误差 {e:+.1%}）" if zh else
                    "  Holdout check: calibration to {c}, holdout to {h}: {p:,.0f} purchases predicted, {a:,} actual"
                    " ({e:+.1%})")
        lines.append(template.format(c=check["calibration_end"], h=check["holdout_end"],
                                     p=check["predicted_holdout_purchases"], a=check["actual_holdout_purchases"],
                                     e=check["relative_error"]))
    from ..predict.run import note_text

    for note in data.get("notes", []):
        values = {k: v for k, v in note.items() if k != "code"}
        lines.append(("  注意：" if zh else "  Note: ") + note_text(note["code"], values, lang))
    if data.get("holdout_error"):
        lines.append(("  未做对照期检验：" if zh else "  No holdout check: ") + data["holdout_error"])
    if data.get("saved"):
        lines.append("  已保存到工作区。" if zh else "  Saved in the workspace.")
    return "\n".join(lines)
