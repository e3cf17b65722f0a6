"""Built-in templates for the exports small shops really have: each layout as the platform writes it, imported whole.

Headers are the platforms' own text (see the source named by each template in ingest/platforms.py); cells are what
those exports hold (backtick cells, tab-padded ids, masked phones, "$22.50" amounts), in the platform's encoding.
"""

from __future__ import annotations

import csv

import pytest

from filemakers import write_xlsx
from shoplens.ingest.platforms import TEMPLATES, match_template
from shoplens.pipeline import import_file, plan_import
from shoplens.workspace import Workspace


@pytest.fixture
def ws(tmp_path):
    with Workspace.create(tmp_path / "shop.shoplens") as workspace:
        yield workspace


def write_rows(path, rows, encoding="utf-8", *, lines_above=(), lines_below=()):
    """A CSV of `rows` with free text lines above and below (as bills have), in the platform's encoding."""
    with open(path, "w", newline="", encoding=encoding) as fh:
        for line in lines_above:
            fh.write(line + "\r\n")
        csv.writer(fh).writerows(rows)
        for line in lines_below:
            fh.write(line + "\r\n")
    return path


def table(header: str, *records: dict[str, str]) -> list[list[str]]:
    """The header (comma-separated, as the platform writes it) and one row per record, unnamed cells empty."""
    columns = header.split(",")
    return [columns] + [[record.get(c, "") for c in columns] for record in records]


def orders(ws) -> list[tuple]:
    return ws.conn.execute("SELECT order_no, order_time, amount_cents, status, channel, store, product, customer_id"
                           " FROM orders ORDER BY order_time").fetchall()


def keys(ws, kind: str) -> dict[str, int]:
    return dict(ws.conn.execute("SELECT value, customer_id FROM customer_keys WHERE kind = ?", (kind,)).fetchall())


YOUZAN_ORDERS = ("订单号,销售渠道,归属店铺,订单类型,订单状态,推广方式,订单来源,订单创建时间,买家付款时间,交易成功时间,付款方式,"
                 "支付流水号,商品金额合计,运费,店铺优惠合计,应收订单金额,订单实付金额,支付优惠合计,订单实收金额,订单抵用积分数,"
                 "店铺优惠方式,支付优惠方式,全部商品名称,商品种类数,订单配送方式,同城送达时间/提货时间,收货人省份,收货人城市,"
                 "收货人地区,详细收货地址/提货地址,收货人/提货人,收货人手机号/提货人手机号,买家备注,订单星级,买家昵称,买家是否会员,"
                 "买家手机号,下单网点,收银员,分销员,销售导购,专属导购,订单退款状态,订单已退款金额,商家订单备注,桌号,挂账主体,"
                 "挂账手机号,团长订单,订单风险标签,分销员,分销员手机号,分销员所属店铺,分销员所属团队,分销员所属分组,分销员等级,"
                 "订单佣金类型,订单佣金金额,订单下级卖货提成类型,订单下级卖货提成金额")


def test_youzan_orders_export(ws, tmp_path):
    def order(no, when, paid, amount, product, phone, nick, status="交易完成", receiver_phone=None):
        return {"订单号": no, "销售渠道": "网店", "归属店铺": "芸熙烘焙", "订单类型": "普通订单", "订单状态": status,
                "订单来源": "商家小程序", "订单创建时间": when, "买家付款时间": paid, "付款方式": "微信支付",
                "商品金额合计": amount, "运费": "0.00", "店铺优惠合计": "0", "应收订单金额": amount,
                "订单实付金额": amount, "订单实收金额": amount, "全部商品名称": product, "商品种类数": "1",
                "收货人省份": "北京", "收货人城市": "北京", "收货人地区": "朝阳区", "详细收货地址/提货地址": "建国路88号",
                "收货人/提货人": nick, "收货人手机号/提货人手机号": receiver_phone or phone, "买家昵称": nick,
                "买家是否会员": "是", "买家手机号": phone, "订单已退款金额": "0.00", "团长订单": "否", "订单风险标签": "——"}

    path = write_rows(tmp_path / "有赞订单导出.csv", table(
        YOUZAN_ORDERS,
        order("E20260619100000001", "2026-06-19 10:00:00", "2026-06-19 10:01:00", "100.00", "草莓蛋糕", "13800138000",
              "Alice", receiver_phone="13900000000"),  # sent to a friend: the buyer is still Alice
        order("E20260619110000002", "2026-06-19 11:00:00", "2026-06-19 11:01:00", "200.00", "蓝莓蛋糕", "13200000000",
              "沙拉"),
        order("E20260620120000003", "2026-06-20 12:00:00", "2026-06-20 12:01:00", "300.00", "巧克力蛋糕",
              "13800138000", "Alice", status="交易关闭")), encoding="utf-8-sig")
    plan = plan_import(ws, path)
    assert plan.platform == "youzan_orders"
    assert plan.mapping["订单实付金额"] == "amount" and plan.mapping["应收订单金额"] == ""
    assert plan.mapping["买家手机号"] == "phone" and plan.mapping["收货人手机号/提货人手机号"] == ""
    assert plan.mapping["订单创建时间"] == "order_time" and plan.mapping["买家付款时间"] == "paid_time"
    result = import_file(ws, path)
    assert result.platform == "Youzan orders" and result.orders_added == 3 and result.customers_added == 2
    rows = orders(ws)
    assert [(r[0], r[2], r[3], r[4], r[5]) for r in rows] == [
        ("E20260619100000001", 10000, "paid", "有赞", "芸熙烘焙"), ("E20260619110000002", 20000, "paid", "有赞", "芸熙烘焙"),
        ("E20260620120000003", 30000, "cancelled", "有赞", "芸熙烘焙")]
    phones = keys(ws, "phone")
    assert rows[0][7] == rows[2][7] == phones["13800138000"] and "13900000000" not in phones
    assert ws.conn.execute("SELECT name, city, province FROM customers WHERE id = ?", (rows[0][7],)).fetchone() == (
        "Alice", "北京", "北京")


YOUZAN_CUSTOMERS = ("客户姓名,客户昵称,客户手机号,客户生日,客户性别,标签,是否会员,成长值,免费等级,付费等级,权益卡,客户积分,"
                    "客户储值余额,消费次数,消费金额,累计退款金额,累计退款订单数,笔单价,上次消费时间,分销员,导购员,企微好友,来源渠道,"
                    "来源方式,成为客户时间,成为会员时间,成为会员店铺,公众号,公众号关注时间,最近浏览时间,微信地域,所属区域,"
                    "指定时间消费次数,指定时间消费金额")


def test_youzan_customer_list(ws, tmp_path):
    rows = [
        {"客户姓名": "Alice", "客户昵称": "Alice", "客户手机号": "13800138000", "客户生日": "1990-01-01", "客户性别": "女",
         "标签": "生日蛋糕", "是否会员": "是", "成长值": "12", "免费等级": "VIP1", "客户积分": "200", "客户储值余额": "10.00",
         "消费次数": "2", "消费金额": "300.00", "累计退款金额": "0.00", "笔单价": "150.00",
         "上次消费时间": "2026-06-18 10:00:00", "企微好友": "否", "来源渠道": "有赞后台", "来源方式": "外部导入",
         "成为客户时间": "2024-01-01 10:00:00", "微信地域": "北京", "所属区域": "朝阳区"},
        {"客户昵称": "沙拉", "客户性别": "其他", "是否会员": "否", "客户积分": "10", "消费次数": "0", "消费金额": "0.00",
         "来源渠道": "微信小程序", "来源方式": "登录创建客户", "成为客户时间": "2026-04-15 12:21:29", "微信地域": "北京"},
        {"客户姓名": "张三", "客户昵称": "张三", "客户手机号": "13900139000", "客户性别": "男", "是否会员": "是",
         "消费次数": "1", "消费金额": "100.00", "上次消费时间": "2026-06-17 09:00:00", "成为客户时间": "2023-09-21 21:09:25",
         "微信地域": "北京"},
        {"客户姓名": "Foo", "客户昵称": "Foo", "客户手机号": "186******05", "客户性别": "其他", "是否会员": "否",
         "消费次数": "0", "消费金额": "0.00", "成为客户时间": "2023-09-21 21:09:35", "微信地域": "广州"},
    ]
    path = write_rows(tmp_path / "客户列表.csv", table(YOUZAN_CUSTOMERS, *rows), encoding="utf-8-sig")
    plan = plan_import(ws, path)
    assert plan.platform == "youzan_customers" and plan.kind == "customers"
    assert plan.mapping["消费金额"] == "total_spend" and plan.mapping["客户昵称"] == ""
    import_file(ws, path)
    alice = ws.conn.execute("SELECT name, gender, birthday, member_level, points, join_date, agg_total_spend_cents,"
                            " agg_order_count, city FROM customers c JOIN customer_keys k ON k.customer_id = c.id"
                            " WHERE k.kind = 'phone' AND k.value = '13800138000'").fetchone()
    assert alice[:6] == ("Alice", "F", "1990-01-01", "VIP1", 200.0, "2024-01-01")
    assert alice[6:] == (30000, 2, "北京")
    assert set(keys(ws, "phone")) == {"13800138000", "13900139000"}  # the masked phone identifies nobody


WEIDIAN_ORDERS = "订单编号,订单状态,下单时间,付款时间,商品ID,商品名称,商品件数,订单金额,实付金额,下单账号,收件人/提货人姓名,收货人/提货人手机号,收货地址,买家留言"


def test_weidian_orders_xlsx(ws, tmp_path):
    header = WEIDIAN_ORDERS.split(",")
    rows = [
        ["7832001", "已完成", "2026-09-24 10:02:11", "2026-09-24 10:02:40", "2104556;2104557",
         "9/24 周四烘焙：农夫核桃卷(1);9/24 周四烘焙：法棍(2)", "3", "58.00", "56.00", "13811112222", "王芳",
         "13811112222", "上海市徐汇区漕溪北路1号", ""],
        ["7832002", "已完成", "2026-09-25 18:30:00", "2026-09-25 18:30:20", "2104556", "9/26 周六烘焙：农夫核桃卷(1)",
         "1", "22.00", "22.00", "13811112222", "王芳", "13811112222", "上海市徐汇区漕溪北路1号", "少糖"],
        ["7832003", "已关闭", "2026-09-25 19:00:00", "", "2104557", "9/26 周六烘焙：法棍(1)", "1", "18.00", "0.00",
         "13922223333", "李雷", "13922223333", "上海市静安区南京西路2号", ""],
    ]
    path = write_xlsx(tmp_path / "微店订单.xlsx", {"订单列表": [header, *rows]})
    plan = plan_import(ws, path)
    assert plan.platform == "weidian_orders"
    assert plan.mapping["实付金额"] == "amount" and plan.mapping["订单金额"] == ""
    assert plan.mapping["下单账号"] == "phone" and plan.mapping["收货人/提货人手机号"] == ""
    result = import_file(ws, path)
    assert result.orders_added == 3 and result.customers_added == 2
    assert [(r[0], r[2], r[3], r[4]) for r in orders(ws)] == [
        ("7832001", 5600, "paid", "微店"), ("7832002", 2200, "paid", "微店"), ("7832003", 0, "cancelled", "微店")]


PDD_ORDERS = ("商品,订单号,订单状态,商品总价(元),店铺优惠折扣(元),平台优惠折扣(元),多多支付立减金额(元),用户实付金额(元),"
              "商家实收金额(元),商品数量(件),身份证姓名,身份证号码,收货人,手机,是否审核中,省,市,区,街道,支付时间,拼单成功时间,"
              "订单确认时间,承诺发货时间,发货时间,确认收货时间,商品id,商品规格,样式ID,商家编码-规格维度,商家编码-商品维度,"
              "商家备注,售后状态,快递单号,快递公司")


def test_pinduoduo_merchant_orders(ws, tmp_path):
    def order(no, paid, total, user_paid, shop_got, status, after_sale, qty="1"):
        return {"商品": "接考横幅 红底黄字", "订单号": no, "订单状态": status, "商品总价(元)": total,
                "店铺优惠折扣(元)": "0", "平台优惠折扣(元)": "1.5", "多多支付立减金额(元)": "0",
                "用户实付金额(元)": user_paid, "商家实收金额(元)": shop_got, "商品数量(件)": qty, "收货人": "张**",
                "手机": "", "省": "河南省", "市": "郑州市", "区": "金水区", "支付时间": paid, "拼单成功时间": paid,
                "商品id": "754299529443", "商品规格": "无规格", "商家编码-规格维度": "HF-01", "售后状态": after_sale,
                "快递单号": "YT7345678901234", "快递公司": "圆通快递"}

    path = write_rows(tmp_path / "orders_export.csv", table(
        PDD_ORDERS,
        order("260601-123456789012345", "2026-06-01 09:15:02", "17.80", "16.30", "17.80", "已发货，待签收",
              "无售后或售后取消"),
        order("260601-223456789012346", "2026-06-01 10:20:00", "35.60", "34.10", "35.60", "已签收", "无售后或售后取消",
              qty="2")), encoding="utf-8-sig")
    plan = plan_import(ws, path)
    assert plan.platform == "pinduoduo_orders"
    assert plan.mapping["用户实付金额(元)"] == "amount" and plan.mapping["商家实收金额(元)"] == ""
    assert plan.mapping["支付时间"] == "order_time" and plan.mapping["售后状态"] == ""
    result = import_file(ws, path)
    assert result.orders_added == 2
    assert [(r[0], r[2], r[3], r[4]) for r in orders(ws)] == [
        ("260601-123456789012345", 1630, "paid", "拼多多"), ("260601-223456789012346", 3410, "paid", "拼多多")]


JD_ORDERS = ("订单号,商品ID,商品名称,订购数量,支付方式,下单时间,京东价,订单金额,结算金额,余额支付,应付金额,订单状态,订单类型,"
             "下单帐号,客户姓名,客户地址,联系电话,订单备注,发票类型,发票抬头,发票内容,商家备注,商家备注等级（等级1-5为由高到低）,"
             "运费金额,付款确认时间,增值税发票,货号,订单完成时间,订单来源,订单渠道")


def test_jd_pop_orders_gbk(ws, tmp_path):
    def line(no, sku, product, qty, price, when, total, payable, status, pin, name, phone, code):
        return {"订单号": no, "商品ID": sku, "商品名称": product, "订购数量": qty, "支付方式": "在线支付",
                "下单时间": when, "京东价": price, "订单金额": total, "结算金额": payable, "余额支付": "0.00",
                "应付金额": payable, "订单状态": status, "订单类型": "普通订单", "下单帐号": pin, "客户姓名": name,
                "客户地址": "北京朝阳区三环到四环之间", "联系电话": phone, "发票类型": "电子发票", "运费金额": "0.00",
                "付款确认时间": when, "货号": code, "订单来源": "京东商城", "订单渠道": "APP"}

    path = write_rows(tmp_path / "京东订单.csv", table(
        JD_ORDERS,
        line("283746512345", "100012345678", "西湖龙井 250g", "1", "168.00", "2026-05-02 20:11:09", "236.00", "226.00",
             "完成", "jd_4f2a9c", "陈静", "13712345678", "LJ-250"),
        line("283746512345", "100012345679", "紫砂杯", "1", "68.00", "2026-05-02 20:11:09", "236.00", "226.00", "完成",
             "jd_4f2a9c", "陈静", "13712345678", "BEI-01"),
        line("283746598765", "100012345678", "西湖龙井 250g", "2", "168.00", "2026-05-03 08:00:00", "336.00", "336.00",
             "(删除)锁定", "jd_77b1e0", "周强", "13698765432", "LJ-250")), encoding="gbk")
    plan = plan_import(ws, path)
    assert plan.table.encoding in ("gb18030", "gbk") and plan.platform == "jd_orders"
    assert plan.mapping["应付金额"] == "amount" and plan.mapping["订单金额"] == ""
    assert plan.mapping["下单帐号"] == "customer_ref" and plan.mapping["货号"] == "sku"
    result = import_file(ws, path)
    assert result.orders_added == 2 and result.customers_added == 2
    assert [(r[0], r[2], r[4], r[6]) for r in orders(ws)] == [
        ("283746512345", 22600, "京东", "西湖龙井 250g"), ("283746598765", 33600, "京东", "西湖龙井 250g")]
    assert ws.conn.execute("SELECT count(*) FROM order_items").fetchone() == (2,)  # the two lines of the first order


MEITUAN_ORDERS = "订单编号,门店名称,门店ID,下单时间,完成时间,订单状态,商品名称,商品原价,包装费,配送费,顾客实付,平台服务费,商家实收"


def test_meituan_orders_xlsx(ws, tmp_path):
    header = MEITUAN_ORDERS.split(",")
    rows = [["3801234567890123", "老街面馆(建设路店)", "18822301", "2026-08-01 11:32:05", "2026-08-01 12:05:40",
             "已完成", "红烧牛肉面*1,卤蛋*1", "32.00", "1.00", "3.00", "29.50", "4.13", "25.37"],
            ["3801234567890456", "老街面馆(建设路店)", "18822301", "2026-08-01 12:10:00", "", "已取消",
             "酸辣粉*2", "24.00", "1.00", "3.00", "22.00", "0.00", "0.00"]]
    path = write_xlsx(tmp_path / "美团订单.xlsx", {"订单明细": [header, *rows]})
    plan = plan_import(ws, path)
    assert plan.platform == "meituan_orders"
    assert plan.mapping["顾客实付"] == "amount" and plan.mapping["商家实收"] == ""
    import_file(ws, path)
    assert [(r[0], r[2], r[3], r[4], r[5]) for r in orders(ws)] == [
        ("3801234567890123", 2950, "paid", "美团", "老街面馆(建设路店)"),
        ("3801234567890456", 2200, "cancelled", "美团", "老街面馆(建设路店)")]


WECHAT_BILL = ("交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,"
               "应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,"
               "手续费,费率,订单金额,申请退款金额,费率备注")


def test_wechat_pay_merchant_bill(ws, tmp_path):
    def bill_row(when, txn, order_no, openid, amount, product):
        cells = [when, "wx2421b1c4370ec43b", "10000100", "0", "", txn, order_no, openid, "NATIVE", "SUCCESS", "CMB_CREDIT",
                 "CNY", amount, "0.00", "0", "0", "0.00", "0.00", "", "", product, "", "0.00000", "0.60%", amount, "0.00",
                 ""]
        return ",".join("`" + c for c in cells)

    rows = [bill_row("2026-01-28 17:07:11", "4200000925202601284997714292", "S20260128170702357723",
                     "ofyak5qR_1wYsC99CsWA6R9MJazA", "38.00", "拿铁大杯"),
            bill_row("2026-01-28 18:35:18", "4200000910202601282955148400", "S20260128183505214586",
                     "ofyak5qR_1wYsC99CsWA6R9MJazA", "25.50", "美式"),
            bill_row("2026-01-29 08:01:02", "4200000910202601290000000001", "S20260129080101000001",
                     "oAbC9sd8f7g6h5j4k3l2m1n0pQrS", "16.00", "可颂")]
    text = "\r\n".join([WECHAT_BILL, *rows, "总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额",
                        "`3,`79.50,`0.00,`0.00,`0.47700,`79.50,`0.00", ""])
    path = tmp_path / "微信支付账单.csv"
    path.write_text(text, encoding="utf-8")
    plan = plan_import(ws, path)
    assert plan.platform == "wechat_pay_bill" and plan.rows_to_import == 3
    assert [s.reason for s in plan.skipped] == ["total", "total"]
    assert plan.mapping["订单金额"] == "amount" and plan.mapping["应结订单金额"] == ""
    assert plan.mapping["用户标识"] == "wechat"
    result = import_file(ws, path)
    assert result.orders_added == 3 and result.customers_added == 2
    rows = orders(ws)
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [
        ("S20260128170702357723", "2026-01-28 17:07:11", 3800, "微信支付"),
        ("S20260128183505214586", "2026-01-28 18:35:18", 2550, "微信支付"),
        ("S20260129080101000001", "2026-01-29 08:01:02", 1600, "微信支付")]
    assert rows[0][7] == rows[1][7] == keys(ws, "wechat")["ofyak5qR_1wYsC99CsWA6R9MJazA"]


ALIPAY_BILL = ("支付宝交易号,商户订单号,业务类型,商品名称,创建时间,完成时间,门店编号,门店名称,操作员,终端号,对方账户,订单金额（元）,"
               "商家实收（元）,支付宝红包（元）,集分宝（元）,支付宝优惠（元）,商家优惠（元）,券核销金额（元）,券名称,"
               "商家红包消费金额（元）,卡消费金额（元）,退款批次号/请求号,服务费（元）,分润（元）,备注")


def test_alipay_merchant_bill_gbk(ws, tmp_path):
    def bill_row(trade, order, kind, product, created, done, payer, amount, batch=""):
        cells = [trade + "\t", order + "\t", kind + "\t", product, created, done, "S001\t", "湖滨店\t", "店长\t", "\t",
                 payer + "\t", amount, amount, "0.00", "0.00", "0.00", "0.00", "0.00", "", "0.00\t", "0.00",
                 batch + "\t", "-0.02" if not amount.startswith("-") else "0.02", "0.00", ""]
        return cells

    rows = [ALIPAY_BILL.split(","),
            bill_row("2026091622001458860515315453", "T20260916105516", "交易", "桂花糕", "2026-09-16 10:55:16",
                     "2026-09-16 10:55:23", "*津水(602***@qq.com)", "12.00"),
            bill_row("2026091622001458860513822558", "T20260916110703", "交易", "绿豆糕", "2026-09-16 11:07:03",
                     "2026-09-16 11:07:09", "*庚辰(182****01)", "8.00"),
            bill_row("2026091622001458860513822558", "T20260916110703", "退款", "绿豆糕", "2026-09-16 11:07:03",
                     "2026-09-16 11:26:55", "*庚辰(182****01)", "-8.00", "re_20260916112614"),
            bill_row("2026091722001458860516395930", "T20260917135742", "交易", "桂花糕", "2026-09-17 13:57:42",
                     "2026-09-17 13:57:52", "*津水(602***@qq.com)", "24.00")]
    path = write_rows(tmp_path / "20889876543210150156_20260917_业务明细.csv", rows, encoding="gbk", lines_above=[
        "#支付宝业务明细查询", "#账号：[20889876543210150156]",
        "#起始日期：[2026年09月16日 00:00:00]   终止日期：[2026年09月18日 00:00:00]",
        "#-----------------------------------------业务明细列表----------------------------------------"],
        lines_below=["#-----------------------------------------业务明细列表结束------------------------------------",
                     "#交易合计：3笔，商家实收共44.00元，商家优惠共0.00元",
                     "#退款合计：1笔，商家实收退款共-8.00元，商家优惠退款共0.00元", "#导出时间：[2026年09月18日 05:46:49]"])
    plan = plan_import(ws, path)
    assert plan.platform == "alipay_bill" and plan.rows_to_import == 4
    assert plan.mapping["订单金额（元）"] == "amount" and plan.mapping["对方账户"] == "customer_ref"
    result = import_file(ws, path)
    assert result.orders_added == 3 and result.customers_added == 2
    rows = orders(ws)
    assert [(r[0], r[2], r[4], r[5]) for r in rows] == [
        ("T20260916105516", 1200, "支付宝", "湖滨店"),
        ("T20260916110703", 0, "支付宝", "湖滨店"),  # paid, then refunded in full: the refund row folds into it
        ("T20260917135742", 2400, "支付宝", "湖滨店")]
    assert rows[0][7] == rows[2][7] != rows[1][7]


SHOPIFY_CUSTOMERS = ("Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,"
                     "Default Address Address1,Default Address Address2,Default Address City,Default Address Province Code,"
                     "Default Address Country Code,Default Address Zip,Default Address Phone,Phone,Accepts SMS Marketing,"
                     "Total Spent,Total Orders,Note,Tax Exempt,Tags")


def test_shopify_customers_export(ws, tmp_path):
    rows = [["'7210448301122", "Teodoro", "Villaseñor", "teo.villasenor@elkomail.test", "no", "Villaseñor Ranch",
             "HC 31 Box 4500", "", "Elko", "NV", "US", "89801", "(775) 555-0154", "+17755550154", "no", "7790.44", "6",
             "Cattle ranch.", "yes", "retail, ag-exempt"],
            ["'7210448301123", "Hollis", "Pettibone", "hollis.pettibone@ogdenmail.test", "yes", "", "3910 Harrison Blvd",
             "", "Ogden", "UT", "US", "84403", "", "", "yes", "120.00", "1", "", "no", ""]]
    path = write_rows(tmp_path / "customers_export.csv", [SHOPIFY_CUSTOMERS.split(","), *rows])
    plan = plan_import(ws, path)
    assert plan.platform == "shopify_customers" and plan.kind == "customers"
    assert plan.mapping["Phone"] == "phone" and plan.mapping["Default Address Phone"] == ""
    assert plan.mapping["Customer ID"] == "customer_ref" and plan.mapping["Total Spent"] == "total_spend"
    import_file(ws, path)
    got = ws.conn.execute("SELECT name, email, city, province, agg_total_spend_cents, agg_order_count FROM customers"
                          " ORDER BY id").fetchall()
    assert got == [("Teodoro", "teo.villasenor@elkomail.test", "Elko", "NV", 779044, 6),
                   ("Hollis", "hollis.pettibone@ogdenmail.test", "Ogden", "UT", 12000, 1)]
    refs = sorted(k.split(":", 1)[1] for k in keys(ws, "customer_ref"))  # (ids are kept per layout: "ns:id")
    assert refs == ["7210448301122", "7210448301123"]  # the apostrophe is Excel's, not the id's


WOOCOMMERCE_ORDERS = ("order_id,order_number,order_date,paid_date,status,shipping_total,shipping_tax_total,fee_total,"
                      "fee_tax_total,tax_total,cart_discount,order_discount,discount_total,order_total,order_subtotal,"
                      "order_currency,payment_method,payment_method_title,transaction_id,customer_ip_address,"
                      "customer_user_agent,shipping_method,customer_id,customer_user,customer_email,billing_first_name,"
                      "billing_last_name,billing_company,billing_email,billing_phone,billing_address_1,billing_address_2,"
                      "billing_postcode,billing_city,billing_state,billing_country,customer_note,line_item_1")


def test_woocommerce_orders_export(ws, tmp_path):
    def order(no, when, status, total, email, user, first):
        return {"order_id": str(int(no) + 100), "order_number": no, "order_date": when, "paid_date": when,
                "status": status, "shipping_total": "5.00", "discount_total": "0", "order_total": total,
                "order_currency": "USD", "payment_method": "stripe", "customer_id": user, "customer_user": user,
                "customer_email": email, "billing_first_name": first, "billing_last_name": "Example",
                "billing_email": email, "billing_phone": "", "billing_city": "Portland", "billing_state": "OR",
                "billing_country": "US", "line_item_1": f"name:Mug|quantity:1|total:{total}"}

    path = write_rows(tmp_path / "order_export_2026-10-01.csv", table(
        WOOCOMMERCE_ORDERS,
        order("1001", "2026-09-12 14:03:11", "completed", "25.00", "ada@example.com", "0", "Ada"),
        order("1002", "2026-09-13 09:00:00", "processing", "40.00", "bo@example.com", "0", "Bo"),
        order("1003", "2026-09-20 18:45:00", "refunded", "25.00", "ada@example.com", "0", "Ada")))
    plan = plan_import(ws, path)
    assert plan.platform == "woocommerce_orders"
    assert plan.mapping["order_number"] == "order_no" and plan.mapping["customer_user"] == ""
    result = import_file(ws, path)
    assert result.orders_added == 3 and result.customers_added == 2  # guests (customer_user 0) told apart by e-mail
    assert [(r[0], r[2], r[3], r[4]) for r in orders(ws)] == [
        ("1001", 2500, "paid", "WooCommerce"), ("1002", 4000, "paid", "WooCommerce"),
        ("1003", 2500, "refunded", "WooCommerce")]


SQUARE = ("Date,Time,Time Zone,Gross Sales,Discounts,Service Charges,Net Sales,Gift Card Sales,Tax,Tip,Partial Refunds,"
          "Total Collected,Source,Card,Card Entry Methods,Cash,Square Gift Card,Other Tender,Other Tender Type,"
          "Other Tender Note,Fees,Net Total,Transaction ID,Payment ID,Card Brand,PAN Suffix,Device Name,Staff Name,"
          "Staff ID,Details,Description,Event Type,Location,Dining Option,Customer ID,Customer Name,Customer Reference ID")


def test_square_transactions(ws, tmp_path):
    rows = [
        ["2026-09-13", "10:02:11", "Eastern Time (US & Canada)", "$30.00", "-$3.00", "$0.00", "$27.00", "$0.00",
         "$2.16", "$2.00", "$0.00", "$31.16", "Point of Sale", "$31.16", "Tap", "$0.00", "$0.00", "$0.00", "", "",
         "-$0.93", "$30.23", "SQA1x", "PA1", "Visa", "0000", "Market iPad", "", "", "",
         "Speckled Mug x 1, Botanical Fern Print x 1", "Payment", "Autumn Fair", "", "CUST1", "Dee Example", ""],
        ["2026-09-14", "15:20:00", "Eastern Time (US & Canada)", "$16.00", "$0.00", "$0.00", "$16.00", "$0.00",
         "$1.28", "$0.00", "$0.00", "$17.28", "Point of Sale", "$0.00", "", "$17.28", "$0.00", "$0.00", "", "", "$0.00",
         "$17.28", "SQA2y", "PA2", "", "", "Market iPad", "", "", "", "Botanical Fern Print x 1", "Payment",
         "Autumn Fair", "", "CUST1", "Dee Example", ""],
        ["2026-09-14", "16:00:00", "Eastern Time (US & Canada)", "$12.00", "$0.00", "$0.00", "$12.00", "$0.00",
         "$0.96", "$0.00", "$0.00", "$12.96", "Point of Sale", "$12.96", "Dip", "$0.00", "$0.00", "$0.00", "", "",
         "-$0.40", "$12.56", "SQA3z", "PA3", "Mastercard", "4444", "Market iPad", "", "", "", "Speckled Mug x 1",
         "Payment", "Autumn Fair", "", "", "", ""],
    ]
    path = write_rows(tmp_path / "transactions-2026-09-13-2026-09-15.csv", [SQUARE.split(","), *rows])
    plan = plan_import(ws, path)
    assert plan.platform == "square_transactions"
    assert plan.mapping["Total Collected"] == "amount" and plan.mapping["Net Total"] == ""
    result = import_file(ws, path)
    assert result.orders_added == 3 and result.customers_added == 1
    rows = orders(ws)
    assert [(r[0], r[1][:10], r[2], r[4], r[5]) for r in rows] == [
        ("SQA1x", "2026-09-13", 3116, "Square", "Autumn Fair"), ("SQA2y", "2026-09-14", 1728, "Square", "Autumn Fair"),
        ("SQA3z", "2026-09-14", 1296, "Square", "Autumn Fair")]
    assert rows[0][7] == rows[1][7] is not None and rows[2][7] is None


def test_a_saved_template_comes_before_the_built_in_one(ws, tmp_path):
    path = write_rows(tmp_path / "orders_export.csv", [SQUARE.split(","), [
        "2026-09-13", "10:02:11", "Eastern Time (US & Canada)", "$30.00", "$0.00", "$0.00", "$30.00", "$0.00", "$0.00",
        "$0.00", "$0.00", "$30.00", "Point of Sale", "$30.00", "Tap", "$0.00", "$0.00", "$0.00", "", "", "-$0.93",
        "$29.07", "SQB1", "PB1", "Visa", "0000", "iPad", "", "", "", "Mug x 1", "Payment", "Fair", "", "", "", ""]])
    plan_import(ws, path)
    import_file(ws, path, mapping={"Net Total": "amount"})  # the user prefers the net total: saved with the import
    again = write_rows(tmp_path / "orders_export_2.csv", [SQUARE.split(","), [
        "2026-09-20", "10:00:00", "Eastern Time (US & Canada)", "$10.00", "$0.00", "$0.00", "$10.00", "$0.00", "$0.00",
        "$0.00", "$0.00", "$10.00", "Point of Sale", "$10.00", "Tap", "$0.00", "$0.00", "$0.00", "", "", "-$0.31",
        "$9.69", "SQB2", "PB2", "Visa", "0000", "iPad", "", "", "", "Mug x 1", "Payment", "Fair", "", "", "", ""]])
    plan = plan_import(ws, again)
    assert plan.template_name == "Square transactions" and plan.mapping["Net Total"] == "amount"


def test_a_layout_missing_a_marker_is_guessed_as_before(tmp_path):
    partial = "订单号,买家付款时间,收货人手机号/提货人手机号,全部商品名称,商品种类数"  # no 订单实付金额
    assert match_template(partial.split(",")) is None
    assert match_template(YOUZAN_ORDERS.split(",")).key == "youzan_orders"


def test_every_template_names_known_fields_and_its_source():
    from shoplens.ingest.fields import FIELD_BY_KEY
    for template in TEMPLATES:
        assert template.source and template.kind in ("orders", "customers")
        assert all(key in FIELD_BY_KEY for _, key in template.columns), template.key
        # no other template's full header set holds all this template's markers by accident
        for other in TEMPLATES:
            if other is not template:
                assert match_template([h for h, _ in other.columns] + list(other.markers)).key == other.key


def test_a_backtick_is_only_taken_off_in_a_file_whose_rows_start_with_one(tmp_path):
    from shoplens.ingest.readers import read_table

    plain = write_rows(tmp_path / "notes.csv", [["订单号", "备注"], ["A1", "`quoted` in a note"], ["A2", "ok"]])
    assert read_table(plain).rows[0] == ["A1", "`quoted` in a note"]
    bill = tmp_path / "bill.csv"
    bill.write_text("交易时间,商户订单号,备注\n`2026-01-28 17:07:11,`S1,`\n`2026-01-28 18:00:00,`S2,``x\n", encoding="utf-8")
    assert read_table(bill).rows == [["2026-01-28 17:07:11", "S1", ""], ["2026-01-28 18:00:00", "S2", "`x"]]
