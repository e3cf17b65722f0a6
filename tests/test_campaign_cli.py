"""`shoplens campaign WS create|list|results|export` end to end, and its errors."""

from __future__ import annotations

import json

import pytest

from campaigndata import add_window_orders, campaign_shop
from shoplens.cli import main


@pytest.fixture
def shop(tmp_path):
    ws = campaign_shop(tmp_path / "shop.shoplens")
    path = str(ws.path)
    ws.close()
    return path


def test_create_results_list_export(shop, tmp_path, capsys):
    code = main(["campaign", shop, "create", "--segment", "sleep", "--holdout", "0.3", "--window", "30",
                 "--name", "Win back", "--start", "2024-06-01", "--seed", "7", "--coupon", "BACK5", "--json"])
    assert code == 0
    created = json.loads(capsys.readouterr().out)
    # 600 'sleep' customers less the 24 who refused SMS, 30% held out
    assert (created["treatment"], created["holdout"], created["seed"]) == (403, 173, 7)
    assert created["end"] == "2024-07-01" and created["mde"] > 0

    from shoplens.workspace import Workspace

    with Workspace.open(shop) as ws:
        add_window_orders(ws, created["id"], 0.4, 0.1, coupon="BACK5")
    assert main(["campaign", shop, "results", "Win back", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["status"] == "complete" and data["conversion"]["diff"] > 0.2
    assert data["verdict"]["key"] == "worked" and data["verdict"]["reason"] == "more_buyers"
    assert data["coupons"]["treatment"]["customers"] > 0
    assert main(["campaign", shop, "results"]) == 0
    text = capsys.readouterr().out
    lines = text.splitlines()
    assert lines[1].startswith("  The campaign worked: ") and "more buyers per 100 customers" in lines[1]  # first
    assert "Customers who got the coupon bought" in text and "points more often" in text and "p < 0.001" in text
    assert main(["campaign", shop, "results", "--lang", "zh_CN"]) == 0
    text = capsys.readouterr().out
    assert "收到优惠券的客户" in text and "活动有效：每 100 位客户比对照组多" in text
    assert main(["campaign", shop, "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["name"] == "Win back" and listed[0]["lift_points"] > 20
    out = tmp_path / "treatment.csv"
    assert main(["campaign", shop, "export", "Win back", "--out", str(out), "--json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["rows"] == 403 and exported["opted_out_left_out"] == 0 and out.exists()  # none refused


def test_small_group_warns_in_words(shop, capsys):
    assert main(["campaign", shop, "create", "--tag", "VIP", "--name", "Tiny", "--start", "2024-06-01"]) == 0
    out = capsys.readouterr().out
    assert "Warning: The holdout group has fewer than 100 customers" in out
    assert "Smallest lift this campaign can detect" in out


def test_errors(shop, capsys):
    assert main(["campaign", shop, "create", "--segment", "nobody", "--name", "X"]) == 2
    assert "Segments of the newest run: sleep, loyal" in capsys.readouterr().err
    assert main(["campaign", shop, "create", "--segment", "sleep", "--name", "X", "--start", "June"]) == 2
    assert "not a date" in capsys.readouterr().err
    assert main(["campaign", shop, "create", "--tag", "VIP", "--run", "1", "--name", "X"]) == 2
    assert main(["campaign", shop, "results", "Nope"]) == 2
    assert "no campaign called" in capsys.readouterr().err
    assert main(["campaign", shop, "list"]) == 0
    assert "There is no campaign yet" in capsys.readouterr().out
    assert main(["campaign", shop, "create", "--tag", "贵宾", "--name", "Gone", "--start", "2024-06-01"]) == 0
    assert main(["campaign", shop, "delete", "gone"]) == 0
    assert 'Deleted the campaign "Gone"' in capsys.readouterr().out
    assert main(["campaign", shop, "delete", "gone"]) == 2


def test_results_read_while_the_app_holds_the_workspace(shop, capsys):
    from shoplens.workspace import Workspace

    assert main(["campaign", shop, "create", "--segment", "sleep", "--name", "Open", "--start", "2024-06-01"]) == 0
    capsys.readouterr()
    with Workspace.open(shop):  # the desktop app has it open (and locked)
        assert main(["campaign", shop, "list", "--json"]) == 0
        assert json.loads(capsys.readouterr().out)[0]["name"] == "Open"
        assert main(["campaign", shop, "results", "Open", "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["status"] == "not_started"
