"""Built-in import templates: the column layouts of the exports small shops really have, named field by field.

A template lists the headers one platform writes, the field each one fills, the headers that tell its layout apart
(all of them must be in the file), its orders' channel, and what else the reader must do (the summary block at the
end of a WeChat Pay bill). A file whose header holds every marker of a template is mapped by the template instead
of by guessing; a template the user saved for the same header still comes first.

Each template says where its layout comes from. Where no real export or help page could be found, the template is
built from the best evidence and says so; it only applies when all its markers are present, so a wrong guess about
the layout costs nothing but the template not matching. A template maps exactly the columns it names: the others are
kept in the raw rows only (the user can still map them in the wizard or with --map).
"""

from __future__ import annotations

from dataclasses import dataclass

from .fields import IGNORE
from .mapping import ColumnGuess, normalise_header
from .table import SkippedRow, Table


@dataclass(frozen=True)
class PlatformTemplate:
    """One platform's export layout: (header, field) pairs, the marker headers, the channel, extra reading rules."""

    key: str
    name: str  # English name, for messages and the CLI
    name_zh: str
    kind: str  # "orders" or "customers"
    channel: str  # channel of its orders when the user names none
    columns: tuple[tuple[str, str], ...]  # (header as the platform writes it, field); for a field, the first present wins
    markers: tuple[str, ...]  # headers that must all be in the file
    footer_from: str | None = None  # first cell of the row that starts a summary block below the data
    source: str = ""


YOUZAN_ORDERS = PlatformTemplate(
    # Source: a public repository's test fixture of a Youzan (有赞) order export, the whole 60-column header row
    # (found with the search tool's find_string "收货人手机号/提货人手机号"; the index does not name the repository);
    # several other public projects read the same headers ("订单号,买家付款时间,收货人手机号/提货人手机号,全部商品名称,
    # 商品种类数,订单实付金额"). UTF-8 CSV.
    "youzan_orders", "Youzan orders", "有赞订单", "orders", "有赞",
    (("订单号", "order_no"), ("订单创建时间", "order_time"), ("买家付款时间", "paid_time"),
     ("订单实付金额", "amount"), ("订单状态", "status"), ("全部商品名称", "product"), ("归属店铺", "store"),
     ("店铺优惠合计", "discount"), ("买家手机号", "phone"), ("买家昵称", "name"), ("收货人省份", "province"),
     ("收货人城市", "city"), ("详细收货地址/提货地址", "address")),
    ("订单号", "订单实付金额", "全部商品名称", "收货人手机号/提货人手机号"),
    source="public test fixture of a Youzan order export (60-column header)",
)

YOUZAN_CUSTOMERS = PlatformTemplate(
    # Source: the same public repository's fixture of a Youzan customer-list export (客户列表导出, 34 columns:
    # 客户姓名,客户昵称,客户手机号,客户生日,客户性别,标签,是否会员,成长值,免费等级,...,消费次数,消费金额,...,上次消费时间,
    # ...,成为客户时间,成为会员时间,...,微信地域,所属区域,...), masked phones such as 186******05 included. UTF-8 CSV.
    "youzan_customers", "Youzan customers", "有赞客户", "customers", "有赞",
    (("客户手机号", "phone"), ("客户姓名", "name"), ("客户生日", "birthday"), ("客户性别", "gender"),
     ("免费等级", "member_level"), ("客户积分", "points"), ("消费次数", "order_count"), ("消费金额", "total_spend"),
     ("上次消费时间", "last_purchase"), ("成为客户时间", "join_date"), ("微信地域", "city")),
    ("客户手机号", "客户昵称", "成为客户时间", "消费次数"),
    source="public test fixture of a Youzan customer-list export (34-column header)",
)

WEIDIAN_ORDERS = PlatformTemplate(
    # Source: partial. No whole Weidian (微店) export header was found. Public scripts that read Weidian order CSVs
    # (GBK or UTF-8) name the columns 收件人/提货人姓名, 下单账号 (the buyer's account, a phone number), 商品ID,
    # 商品名称 (several products joined by ";" with "(count)"), 商品件数, and 收货人/提货人手机号 ("微店导出标准" in a
    # public address parser). The order no., time, status and amount headers are the usual Chinese ones and were
    # not confirmed.
    "weidian_orders", "Weidian orders", "微店订单", "orders", "微店",
    (("订单编号", "order_no"), ("订单号", "order_no"), ("下单时间", "order_time"), ("付款时间", "paid_time"),
     ("实付金额", "amount"), ("订单金额", "amount"), ("订单状态", "status"), ("商品名称", "product"),
     ("商品ID", "sku"), ("商品件数", "quantity"), ("下单账号", "phone"), ("收件人/提货人姓名", "name"),
     ("收货人/提货人姓名", "name"), ("收货地址", "address")),
    ("下单账号", "商品件数"),
    source="partial: column names read by public scripts for Weidian order CSVs; the rest assumed",
)

PINDUODUO_ORDERS = PlatformTemplate(
    # Source: public code that reads Pinduoduo (拼多多) merchant-backend order exports: a test with the export's header
    # (订单成交时间,商品,订单号,订单状态,商品总价(元),邮费(元),店铺优惠折扣(元),平台优惠折扣(元),多多支付立减金额(元),
    # 用户实付金额(元),商家实收金额(元),商品数量(件),发货时间,确认收货时间,商品id,商品规格,样式ID,商家编码-规格维度,
    # 商家编码-商品维度,商家备注,售后状态,快递单号,快递公司) and readers naming 支付时间, 拼单成功时间, 订单创建时间,
    # 收货人, 手机, 省, 市, 区 in newer exports (find_string "商家实收金额(元)"). The buyer's phone and name are masked
    # in exports since 2021, so most orders link to no customer. UTF-8 CSV with BOM.
    "pinduoduo_orders", "Pinduoduo orders", "拼多多订单", "orders", "拼多多",
    (("订单号", "order_no"), ("支付时间", "order_time"), ("订单成交时间", "order_time"),
     ("拼单成功时间", "order_time"), ("订单创建时间", "order_time"), ("用户实付金额(元)", "amount"),
     ("订单状态", "status"), ("商品", "product"), ("商品数量(件)", "quantity"), ("商家编码-规格维度", "sku"),
     ("店铺优惠折扣(元)", "discount"), ("收货人", "name"), ("手机", "phone"), ("省", "province"), ("市", "city")),
    ("订单号", "商品总价(元)", "用户实付金额(元)", "商家实收金额(元)"),
    source="public code reading Pinduoduo merchant order exports (header in a test)",
)

JD_ORDERS = PlatformTemplate(
    # Source: a public repository's reader of JD (京东) POP merchant order exports, which lists the export's header:
    # 订单号,商品ID,商品名称,订购数量,支付方式,下单时间,京东价,订单金额,结算金额,余额支付,应付金额,订单状态,订单类型,
    # 下单帐号,客户姓名,客户地址,联系电话,订单备注,发票类型,发票抬头,发票内容,商家备注,商家备注等级（等级1-5为由高到低）,
    # 运费金额,付款确认时间,增值税发票,货号,订单完成时间,订单来源,订单渠道 (find_string "订购数量,支付方式,下单时间,
    # 京东价"). One row per product, the order's amounts on every row. GBK CSV.
    "jd_orders", "JD POP orders", "京东订单", "orders", "京东",
    (("订单号", "order_no"), ("下单时间", "order_time"), ("付款确认时间", "paid_time"), ("应付金额", "amount"),
     ("订单状态", "status"), ("商品名称", "product"), ("货号", "sku"), ("订购数量", "quantity"),
     ("下单帐号", "customer_ref"), ("客户姓名", "name"), ("联系电话", "phone"), ("客户地址", "address")),
    ("订单号", "京东价", "订购数量", "应付金额", "下单帐号"),
    source="public reader of JD POP order exports (header listed in its code)",
)

MEITUAN_ORDERS = PlatformTemplate(
    # Source: not found. No Meituan (美团) merchant order export layout was found in public repositories or pages.
    # Built from the best evidence: Meituan's own words for the amounts (顾客实付 = what the diner paid, 商家实收 =
    # what the shop receives, as in its open-platform documents and public reconciliation code) and the usual
    # 订单编号 / 下单时间 / 门店名称 / 订单状态 headers. Meituan hides diners' phone numbers, so orders link to no
    # customer unless the shop's own member no. is in the file.
    "meituan_orders", "Meituan orders", "美团订单", "orders", "美团",
    (("订单编号", "order_no"), ("订单号", "order_no"), ("下单时间", "order_time"), ("顾客实付", "amount"),
     ("订单状态", "status"), ("门店名称", "store"), ("商品名称", "product"), ("菜品名称", "product")),
    ("顾客实付", "商家实收", "下单时间"),
    source="not found: built from Meituan's amount names (顾客实付, 商家实收) and usual order headers",
)

WECHAT_PAY_BILL = PlatformTemplate(
    # Source: WeChat Pay's "下载对账单" (download bill) documentation, https://pay.weixin.qq.com/wiki/doc/api/
    # jsapi.php?chapter=9_6 (as quoted by wechatpay-im/website openapi/v2/pay/downloadbill.md and
    # https://wohugb.gitbooks.io/wechat-pay/content/api/downloadbill.html): the first row is the header, every data
    # cell starts with a backtick (`), and the bill ends with a summary header (总交易单数,应结订单总金额,退款总金额,
    # 充值券退款总金额,手续费总金额,订单总金额,申请退款总金额) and one row of totals. Older bills name the amount 总金额
    # and the sub-merchant 子商户号 (e.g. chzhxiang/hhtc WeixinPayDownloadbillRespData.java). A refund is its own
    # row under the same merchant order no. (status REFUND), so it folds into the order it refunds. UTF-8 CSV.
    "wechat_pay_bill", "WeChat Pay merchant bill", "微信支付商户账单", "orders", "微信支付",
    (("商户订单号", "order_no"), ("交易时间", "order_time"), ("订单金额", "amount"), ("总金额", "amount"),
     ("交易状态", "status"), ("商品名称", "product"), ("用户标识", "wechat")),
    ("交易时间", "公众账号ID", "微信订单号", "商户订单号", "用户标识"),
    footer_from="总交易单数",
    source="WeChat Pay download-bill documentation (pay.weixin.qq.com, chapter 9_6)",
)

ALIPAY_BILL = PlatformTemplate(
    # Source: the Alipay (支付宝) merchant business-detail bill (业务明细) from alipay.data.dataservice.bill.downloadurl
    # .query, as read by many public reconciliation projects (find_string "商户订单号,业务类型,商品名称,创建时间,完成时间"):
    # "#支付宝业务明细查询" and "#账号：[...]" lines above the header, cells padded with a trailing tab, refunds as
    # their own rows with negative amounts, and "#...业务明细列表结束...", "#交易合计：...", "#导出时间：[...]" lines
    # below the data. 对方账户 is the payer's masked account, e.g. *津水(602***@qq.com). GBK CSV.
    "alipay_bill", "Alipay merchant bill", "支付宝商家账单", "orders", "支付宝",
    (("商户订单号", "order_no"), ("创建时间", "order_time"), ("完成时间", "paid_time"), ("订单金额（元）", "amount"),
     ("商品名称", "product"), ("门店名称", "store"), ("商家优惠（元）", "discount"), ("对方账户", "customer_ref")),
    ("支付宝交易号", "商户订单号", "业务类型", "商家实收（元）"),
    source="Alipay merchant business-detail bill (业务明细), as read by public reconciliation code",
)

SHOPIFY_CUSTOMERS = PlatformTemplate(
    # Source: Shopify's customer CSV export as read by several public projects (find_string "First Name,Last Name,
    # Email,Accepts Email Marketing"): Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address
    # Company,Default Address Address1,Default Address Address2,Default Address City,Default Address Province Code,
    # Default Address Country Code,Default Address Zip,Default Address Phone,Phone,Accepts SMS Marketing,Total Spent,
    # Total Orders,Note,Tax Exempt,Tags; older exports: First Name,Last Name,Email,Accepts Email Marketing,Company,
    # Address1,Address2,City,Province,Province Code,Country,Country Code,Zip,Phone,Accepts SMS Marketing,Total Spent,
    # Total Orders,Tags,Note,Tax Exempt. Customer IDs may carry a leading apostrophe ('7210448301122). The name is the
    # first name only: ShopLens maps one column to a field.
    "shopify_customers", "Shopify customers", "Shopify 客户", "customers", "Shopify",
    (("Customer ID", "customer_ref"), ("Email", "email"), ("Phone", "phone"), ("Default Address Phone", "phone"),
     ("First Name", "name"), ("Accepts Email Marketing", "consent_email"), ("Accepts SMS Marketing", "consent_sms"),
     ("Default Address City", "city"), ("City", "city"), ("Default Address Province Code", "province"),
     ("Province", "province"), ("Default Address Address1", "address"), ("Address1", "address"),
     ("Total Spent", "total_spend"), ("Total Orders", "order_count")),
    ("First Name", "Last Name", "Email", "Accepts Email Marketing", "Total Spent", "Total Orders"),
    source="Shopify customers CSV export (header as read by public projects)",
)

WOOCOMMERCE_ORDERS = PlatformTemplate(
    # Source: WooCommerce's documentation of order export columns, https://woocommerce.com/document/import-and-export
    # -of-woocommerce-orders/ (order_id, order_number, order_date, paid_date, status, shipping_total, ..., discount_total,
    # order_total, order_subtotal, order_currency, payment_method, ..., customer_id, customer_user, customer_email,
    # billing_first_name, billing_last_name, billing_company, billing_email, billing_phone, billing_address_1, ...,
    # billing_city, billing_state, billing_postcode, billing_country, shipping_..., line_item_1, ...). customer_user
    # is 0 for every guest, so the customer is the billing e-mail and phone, not that id.
    "woocommerce_orders", "WooCommerce orders", "WooCommerce 订单", "orders", "WooCommerce",
    (("order_number", "order_no"), ("order_id", "order_no"), ("order_date", "order_time"), ("paid_date", "paid_time"),
     ("order_total", "amount"), ("status", "status"), ("discount_total", "discount"), ("billing_email", "email"),
     ("customer_email", "email"), ("billing_phone", "phone"), ("billing_first_name", "name"),
     ("billing_city", "city"), ("billing_state", "province"), ("billing_address_1", "address")),
    ("order_id", "order_date", "order_total", "billing_email"),
    source="woocommerce.com: Import and Export of WooCommerce Orders (column list)",
)

SQUARE_TRANSACTIONS = PlatformTemplate(
    # Source: Square's Transactions CSV (Dashboard > Transactions > Export), whose header public code copies verbatim:
    # Date,Time,Time Zone,Gross Sales,Discounts,Service Charges,Net Sales,Gift Card Sales,Tax,Tip,Partial Refunds,
    # Total Collected,Source,Card,Card Entry Methods,Cash,Square Gift Card,Other Tender,Other Tender Type,Other Tender
    # Note,Fees,Net Total,Transaction ID,Payment ID,Card Brand,PAN Suffix,Device Name,Staff Name,Staff ID,Details,
    # Description,Event Type,Location,Dining Option,Customer ID,Customer Name,Customer Reference ID,... (find_string
    # "Date,Time,Time Zone,Gross Sales,Discounts"); amounts as "$22.50", refunds negative. The order time is the Date
    # column (day only): ShopLens maps one column to a field.
    "square_transactions", "Square transactions", "Square 交易", "orders", "Square",
    (("Transaction ID", "order_no"), ("Date", "order_time"), ("Total Collected", "amount"),
     ("Description", "product"), ("Location", "store"), ("Customer ID", "customer_ref"), ("Customer Name", "name")),
    ("Time Zone", "Gross Sales", "Net Sales", "Total Collected", "Transaction ID"),
    source="Square Transactions CSV export (header as copied by public code)",
)

TEMPLATES: tuple[PlatformTemplate, ...] = (
    YOUZAN_ORDERS, YOUZAN_CUSTOMERS, WEIDIAN_ORDERS, PINDUODUO_ORDERS, JD_ORDERS, MEITUAN_ORDERS, WECHAT_PAY_BILL,
    ALIPAY_BILL, SHOPIFY_CUSTOMERS, WOOCOMMERCE_ORDERS, SQUARE_TRANSACTIONS,
)
TEMPLATE_BY_KEY = {t.key: t for t in TEMPLATES}


def match_template(columns: list[str]) -> PlatformTemplate | None:
    """The template whose markers are all among `columns` (the one with most markers, then most columns named)."""
    names = {normalise_header(c) for c in columns}
    best: tuple[int, int] | None = None
    found = None
    for template in TEMPLATES:
        if all(normalise_header(m) in names for m in template.markers):
            score = (len(template.markers), sum(normalise_header(h) in names for h, _ in template.columns))
            if best is None or score > best:
                best, found = score, template
    return found


def template_mapping(template: PlatformTemplate, guesses: list[ColumnGuess]) -> dict[str, str]:
    """Column → field by the template (other columns are kept in the raw rows only); the guesses say so."""
    by_name: dict[str, str] = {}
    for guess in guesses:
        by_name.setdefault(normalise_header(guess.column), guess.column)
    chosen: dict[str, str] = {}
    given: set[str] = set()
    for header, key in template.columns:
        column = by_name.get(normalise_header(header))
        if key and column is not None and column not in chosen and key not in given:
            chosen[column] = key
            given.add(key)
    reason = f'built-in template "{template.name}"'
    for guess in guesses:
        guess.field = chosen.get(guess.column, IGNORE)
        guess.confidence = 1.0 if guess.field else 0.0
        guess.reason = reason if guess.field else f"{reason}: not imported"
    return {g.column: g.field for g in guesses}


def cut_footer(table: Table, template: PlatformTemplate) -> None:
    """Leave out the summary block a template's layout ends with (rows from its first cell on), as 'total' rows."""
    if not template.footer_from or not table.n_rows:
        return
    marker = normalise_header(template.footer_from)
    first = table.column(table.columns[0])
    cut = next((i for i, value in enumerate(first) if normalise_header(value) == marker), None)
    if cut is None:
        return
    rows, numbers = table.rows, table.row_numbers
    table.skipped = table.skipped + [SkippedRow(numbers[i], "total", " | ".join(c for c in rows[i] if c)[:80])
                                     for i in range(cut, len(rows))]
    table.rows = rows[:cut]
    table.row_numbers = numbers[:cut]
    table.known_duplicates = None
