"""The canonical fields a source column can be mapped to, with English and Chinese header synonyms."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # English label; the UI translates it
    label_zh: str
    entity: str  # "customer" or "order"
    value_type: str  # "id", "text", "phone", "email", "date", "datetime", "money", "number", "gender", "bool"
    synonyms: tuple[str, ...] = ()


def _f(key: str, label: str, label_zh: str, entity: str, value_type: str, *synonyms: str) -> Field:
    return Field(key, label, label_zh, entity, value_type, tuple(synonyms))


FIELDS: tuple[Field, ...] = (
    # customers
    _f("member_no", "Member no.", "会员号", "customer", "id",
       "member no", "member number", "member id", "membership no", "card no", "card number", "vip no",
       "会员号", "会员编号", "会员卡号", "卡号", "会员id", "会员ID", "VIP卡号", "会员码"),
    _f("customer_ref", "Customer ID", "客户编号", "customer", "id",
       "customer id", "customer no", "customer number", "customer", "client id", "buyer id", "user id",
       "buyer nickname", "buyer", "买家会员名", "买家昵称", "买家账号", "客户编号", "客户ID", "客户id", "客户号",
       "用户ID", "用户id", "用户名", "顾客编号", "粉丝昵称", "客户"),
    _f("name", "Name", "姓名", "customer", "text",
       "name", "full name", "customer name", "billing name", "shipping name", "contact name", "member name",
       "姓名", "客户姓名", "会员姓名", "收货人姓名", "收货人", "顾客姓名", "联系人", "会员名称", "客户名称", "昵称"),
    _f("phone", "Phone", "手机号", "customer", "phone",
       "phone", "mobile", "mobile phone", "cell", "telephone", "tel", "phone number", "billing phone",
       "shipping phone", "contact phone", "手机号", "手机", "手机号码", "联系手机", "联系电话", "电话", "移动电话",
       "会员手机号", "收货人手机", "收货人电话", "手机号码(必填)"),
    _f("email", "E-mail", "电子邮箱", "customer", "email",
       "email", "e-mail", "email address", "mail", "邮箱", "电子邮箱", "电子邮件", "邮件"),
    _f("wechat", "WeChat ID", "微信号", "customer", "id",
       "wechat", "wechat id", "weixin", "openid", "unionid", "微信号", "微信", "微信ID", "openid"),
    _f("gender", "Gender", "性别", "customer", "gender", "gender", "sex", "性别"),
    _f("birthday", "Birthday", "生日", "customer", "date",
       "birthday", "birth date", "date of birth", "dob", "生日", "出生日期", "出生年月"),
    _f("age", "Age", "年龄", "customer", "number", "age", "年龄"),
    _f("city", "City", "城市", "customer", "text",
       "city", "billing city", "shipping city", "城市", "所在城市", "市", "收货城市"),
    _f("province", "Province / state", "省份", "customer", "text",
       "province", "state", "region", "billing province", "shipping province", "省份", "省", "所在省份", "收货省份"),
    _f("address", "Address", "地址", "customer", "text",
       "address", "billing address1", "shipping address1", "street", "地址", "收货地址", "详细地址", "联系地址"),
    _f("member_level", "Member level", "会员等级", "customer", "text",
       "member level", "level", "tier", "membership level", "vip level", "会员等级", "等级", "会员级别", "卡类型"),
    _f("join_date", "Join date", "入会日期", "customer", "date",
       "join date", "joined", "registration date", "signup date", "created at", "member since", "入会日期",
       "入会时间", "注册时间", "注册日期", "开卡日期", "开卡时间", "关注时间", "加入时间"),
    _f("points", "Points", "积分", "customer", "number", "points", "loyalty points", "积分", "可用积分", "当前积分"),
    _f("consent_any", "Accepts marketing", "接受营销", "customer", "bool",
       "accepts marketing", "marketing consent", "opt in", "subscribed", "接受营销", "是否接受营销", "营销许可"),
    _f("consent_sms", "Accepts SMS", "接受短信", "customer", "bool",
       "accepts sms marketing", "sms consent", "sms opt in", "接受短信", "短信订阅", "是否接收短信"),
    _f("consent_email", "Accepts e-mail", "接受邮件", "customer", "bool",
       "accepts email marketing", "email consent", "email opt in", "newsletter", "接受邮件", "邮件订阅"),
    _f("total_spend", "Total spend", "累计消费", "customer", "money",
       "total spent", "total spend", "lifetime value", "累计消费", "累计消费金额", "消费总额", "总消费", "消费金额合计"),
    _f("order_count", "Order count", "消费次数", "customer", "number",
       "total orders", "orders count", "order count", "number of orders", "消费次数", "累计消费次数", "购买次数",
       "订单数", "成交笔数"),
    _f("last_purchase", "Last purchase", "最近消费", "customer", "date",
       "last order date", "last purchase", "last purchase date", "最近消费时间", "最后消费时间", "最近消费日期",
       "最后购买时间", "上次消费时间"),
    # orders
    _f("order_no", "Order no.", "订单号", "order", "id",
       "order no", "order number", "order id", "name", "receipt no", "transaction id", "ticket no", "订单号",
       "订单编号", "单号", "流水号", "小票号", "销售单号", "交易号", "订单ID"),
    _f("order_time", "Order time", "下单时间", "order", "datetime",
       "created at", "order date", "order time", "date", "sale date", "transaction date", "下单时间",
       "订单创建时间", "创建时间", "交易时间", "销售时间", "销售日期", "日期", "订单日期", "消费时间"),
    _f("paid_time", "Paid time", "付款时间", "order", "datetime",
       "paid at", "payment date", "paid time", "付款时间", "订单付款时间", "支付时间"),
    _f("amount", "Paid amount", "实付金额", "order", "money",
       "total", "amount", "paid amount", "order total", "net sales", "grand total", "实付金额", "买家实际支付金额",
       "实收金额", "支付金额", "订单金额", "金额", "消费金额", "应付金额", "实收", "成交金额", "订单实付金额"),
    _f("item_price", "Line price", "商品单价", "order", "money",
       "lineitem price", "item price", "unit price", "price", "商品单价", "单价", "商品价格"),
    _f("quantity", "Quantity", "数量", "order", "number",
       "lineitem quantity", "quantity", "qty", "数量", "购买数量", "商品数量", "宝贝总数量"),
    _f("product", "Product", "商品", "order", "text",
       "lineitem name", "product", "product name", "item", "item name", "商品名称", "商品", "宝贝标题", "品名",
       "商品标题"),
    _f("sku", "SKU", "商品编码", "order", "id",
       "lineitem sku", "sku", "product code", "item code", "商家编码", "商品编码", "货号", "SKU编码", "条码"),
    _f("category", "Category", "品类", "order", "text",
       "category", "product type", "product category", "品类", "类别", "商品类别", "商品分类", "分类"),
    _f("channel", "Channel", "渠道", "order", "text",
       "channel", "source", "sales channel", "platform", "渠道", "销售渠道", "来源", "订单来源", "平台"),
    _f("store", "Store", "门店", "order", "text",
       "store", "location", "shop", "branch", "门店", "店铺", "门店名称", "店铺名称", "分店"),
    _f("status", "Status", "订单状态", "order", "text",
       "financial status", "status", "order status", "payment status", "订单状态", "状态", "交易状态", "退款状态"),
    _f("discount", "Discount", "优惠金额", "order", "money",
       "discount amount", "discount", "优惠金额", "折扣金额", "优惠", "店铺优惠", "折扣"),
    _f("coupon_code", "Coupon code", "优惠券码", "order", "text",
       "discount code", "coupon", "coupon code", "promo code", "优惠券", "优惠券码", "券码", "优惠码"),
)

FIELD_BY_KEY: dict[str, Field] = {f.key: f for f in FIELDS}
CUSTOMER_FIELDS = tuple(f.key for f in FIELDS if f.entity == "customer")
ORDER_FIELDS = tuple(f.key for f in FIELDS if f.entity == "order")
IGNORE = ""  # mapping value for a column that is not imported into canonical tables (it stays in raw rows)
