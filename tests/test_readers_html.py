"""HTML tables saved with an .xls name, as many shop systems export them."""

from filemakers import write_text
from shoplens.ingest.readers import list_sheets, read_grid, read_table

PAGE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<style>td {{ mso-number-format:"\\@"; }}</style></head><body>
<table><tr><td colspan="5">会员消费明细</td></tr></table>
<table border="1">
<tr><th rowspan="2">订单号</th><th colspan="3">收货信息</th><th rowspan="2">金额</th></tr>
<tr><th>姓名</th><th>电话</th><th>地址</th></tr>
<tr><td>{order}</td><td>王&nbsp;伟</td><td>013800138000</td><td>北京市<br>朝阳区 &amp; 海淀区</td><td>10.50</td></tr>
<tr><td>A2</td><td>李娜</td><td>13900139000</td><td>上海</td><td>20</td></tr>
<tr><td>合计</td><td></td><td></td><td></td><td>30.50</td></tr>
</table></body></html>"""


def test_html_table_saved_as_xls(tmp_path):
    path = write_text(tmp_path / "orders.xls", PAGE.format(order="A1"), "gbk")
    assert [s.name for s in list_sheets(path)] == [None]
    table = read_table(path)
    assert table.encoding == "gbk"
    assert table.columns == ["订单号", "收货信息 姓名", "收货信息 电话", "收货信息 地址", "金额"]
    assert table.rows == [["A1", "王 伟", "013800138000", "北京市\n朝阳区 & 海淀区", "10.50"],
                          ["A2", "李娜", "13900139000", "上海", "20"]]
    assert [(s.row, s.reason) for s in table.skipped] == [(5, "total")]
    assert any("web page" in n for n in table.notes)


def test_html_without_declared_charset_and_a_preview(tmp_path):
    page = PAGE.replace('<meta http-equiv="Content-Type" content="text/html; charset=gbk">', "")
    path = write_text(tmp_path / "orders.xlsx", page.format(order="订单1"), "utf-8")
    assert read_table(path).rows[0][0] == "订单1"
    grid = read_grid(path, max_rows=2)
    assert grid.truncated and len(grid.rows) == 2
