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
    """Plain words first (who is likely to buy again, what they may buy and spend, how near the check came), then
    the model's parameters and counts under "Details"."""
    import datetime as dt

    from ..predict.run import note_text
    from ..predict.words import BANDS, band_name, check_quality

    zh = lang == "zh"
    p = data["params"]
    last = (dt.date.fromisoformat(data["as_of"]) - dt.timedelta(days=1)).isoformat()
    lines = [("预测（依据截至 {last} 的订单）" if zh else "Predictions from orders through {last}").format(last=last)]
    bands = data.get("buy_again")
    if bands:
        parts = [(f"{band_name(b, lang)} {bands[b]:,} 人" if zh else f"{band_name(b, lang)} {bands[b]:,}") for b in BANDS]
        lines.append(("  未来12个月再次购买的可能性：" + "，".join(parts)) if zh else
                     ("  Likely to buy again in the next 12 months: " + ", ".join(parts) + " customers"))
    lines.append(("  未来90天预计购买 {n:,.0f} 次" if zh else "  Expected purchases in the next 90 days: {n:,.0f}")
                 .format(n=data["expected_purchases_90"]))
    if data.get("predicted_value_12m") is not None:
        lines.append(("  未来12个月预计消费合计 {v:,.2f}" if zh else "  Expected spend in the next 12 months, all customers:"
                      " {v:,.2f}").format(v=data["predicted_value_12m"]))
    check = data.get("holdout")
    if check:
        quality = check_quality(check["relative_error"])
        word = ({"close": "接近", "fair": "大致接近", "rough": "偏差较大"} if zh else
                {"close": "close", "fair": "fair", "rough": "rough"})[quality]
        template = ("  检验：用截至 {c} 的订单拟合，预计这些客户到 {h} 再购买 {p:,.0f} 次，实际 {a:,} 次（{e:+.1%}，{w}）" if zh
                    else "  Check: fitted on orders through {c}, the model expected {p:,.0f} more purchases up to {h};"
                    " customers made {a:,} ({e:+.1%}, {w})")
        lines.append(template.format(c=check["calibration_end"], h=check["holdout_end"],
                                     p=check["predicted_holdout_purchases"], a=check["actual_holdout_purchases"],
                                     e=check["relative_error"], w=word))
    for note in data.get("notes", []):
        values = {k: v for k, v in note.items() if k != "code"}
        lines.append(("  注意：" if zh else "  Note: ") + note_text(note["code"], values, lang))
    if data.get("holdout_error"):
        lines.append(("  未做检验：" if zh else "  No check: ") + data["holdout_error"])
    if data.get("saved"):
        lines.append("  已保存到工作区。" if zh else "  Saved in the workspace.")
    unit = {"days": "天", "weeks": "周"}.get(data["unit"], data["unit"]) if zh else data["unit"]
    lines.append(("详细（时间单位：{unit}）" if zh else "Details (time unit: {unit})").format(unit=unit))
    lines.append(f"  BG/NBD: r={p['r']:.4g}  alpha={p['alpha']:.4g}  a={p['a']:.4g}  b={p['b']:.4g}")
    if p.get("p") is not None:
        lines.append(f"  Gamma-Gamma: p={p['p']:.4g}  q={p['q']:.4g}  gamma={p['gamma']:.4g}")
    lines.append(("  客户 {c:,}，复购客户 {r:,}" if zh else "  {c:,} customers, {r:,} repeat buyers")
                 .format(c=data["customers"], r=data["repeat_buyers"]))
    return "\n".join(lines)
