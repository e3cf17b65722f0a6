"""The demo shop's fixed vocabulary: products, names, places, stores, festivals."""

from __future__ import annotations

import numpy as np

SHOP_NAME = "山茶小铺 Camellia Tea House"
SHOP_NAME_ZH = "山茶小铺"
START = "2023-01-01"
END = "2024-12-31"

CATEGORIES = ("绿茶", "红茶", "乌龙茶", "花茶", "茶具", "零食礼盒")

# (name, category, price in yuan, English name, SKU, Taobao title)
PRODUCTS: tuple[tuple[str, str, float, str, str, str], ...] = (
    ("西湖龙井 明前特级 250g", "绿茶", 368.0, "West Lake Longjing, pre-Qingming, 250g", "GT-LJ250",
     "山茶小铺 2024新茶 明前特级西湖龙井 250g罐装 杭州绿茶"),
    ("西湖龙井 雨前 100g", "绿茶", 128.0, "West Lake Longjing, pre-rain, 100g", "GT-LJ100",
     "山茶小铺 雨前西湖龙井100g 口粮茶 春茶绿茶"),
    ("碧螺春 125g", "绿茶", 168.0, "Biluochun Green Tea 125g", "GT-BLC125", "洞庭碧螺春 125g 明前嫩芽 苏州绿茶 礼盒装"),
    ("黄山毛峰 100g", "绿茶", 98.0, "Huangshan Maofeng 100g", "GT-HSMF", "黄山毛峰 100g 安徽绿茶 高山云雾茶"),
    ("安吉白茶 150g", "绿茶", 228.0, "Anji White Tea 150g", "GT-AJBC", "安吉白茶 150g 珍稀白茶 罐装 正宗原产地"),
    ("信阳毛尖 100g", "绿茶", 88.0, "Xinyang Maojian 100g", "GT-XYMJ", "信阳毛尖 100g 浓香型 口粮绿茶"),
    ("正山小种 200g", "红茶", 138.0, "Lapsang Souchong 200g", "BT-ZSXZ", "武夷山正山小种 200g 松烟香 红茶"),
    ("金骏眉 100g", "红茶", 398.0, "Jin Jun Mei 100g", "BT-JJM", "金骏眉 100g 特级 蜜香红茶 礼盒"),
    ("祁门红茶 150g", "红茶", 118.0, "Keemun Black Tea 150g", "BT-QM", "祁门红茶 150g 祁红香螺 安徽红茶"),
    ("滇红金芽 200g", "红茶", 98.0, "Yunnan Golden Buds 200g", "BT-DH", "云南滇红 金芽 200g 蜜香工夫红茶"),
    ("安溪铁观音 250g", "乌龙茶", 128.0, "Anxi Tieguanyin 250g", "OT-TGY", "安溪铁观音 250g 清香型 乌龙茶 真空小包"),
    ("武夷大红袍 200g", "乌龙茶", 268.0, "Wuyi Da Hong Pao 200g", "OT-DHP", "武夷岩茶 大红袍 200g 中火 礼盒装"),
    ("凤凰单丛 蜜兰香 150g", "乌龙茶", 198.0, "Phoenix Dancong Honey Orchid 150g", "OT-FHDC",
     "潮州凤凰单丛 蜜兰香 150g 单枞乌龙茶"),
    ("冻顶乌龙 150g", "乌龙茶", 158.0, "Dong Ding Oolong 150g", "OT-DDWL", "台湾冻顶乌龙 150g 高山茶 熟香"),
    ("茉莉花茶 100g", "花茶", 58.0, "Jasmine Tea 100g", "FT-MLH", "茉莉花茶 100g 浓香型 福州窨制"),
    ("桂花乌龙 袋泡 20包", "花茶", 68.0, "Osmanthus Oolong, 20 bags", "FT-GHWL", "桂花乌龙茶 三角茶包 20包 冷泡茶"),
    ("玫瑰花茶 50g", "花茶", 38.0, "Rose Buds 50g", "FT-MG", "平阴玫瑰花茶 50g 重瓣红玫瑰 花草茶"),
    ("杭白菊 50g", "花茶", 32.0, "Hangzhou Chrysanthemum 50g", "FT-JH", "桐乡杭白菊 50g 胎菊 花草茶"),
    ("白瓷盖碗 150ml", "茶具", 88.0, "White Porcelain Gaiwan 150ml", "TW-GW", "德化白瓷盖碗 150ml 功夫茶具 单个"),
    ("玻璃公道杯", "茶具", 45.0, "Glass Fair Cup", "TW-GDB", "耐热玻璃公道杯 茶海 分茶器"),
    ("宜兴紫砂壶 西施", "茶具", 580.0, "Yixing Clay Teapot (Xi Shi)", "TW-ZSH", "宜兴原矿紫砂壶 西施壶 手工 220ml"),
    ("便携旅行茶具套装", "茶具", 168.0, "Travel Tea Set", "TW-LX", "便携旅行茶具套装 一壶四杯 快客杯"),
    ("竹制茶盘", "茶具", 238.0, "Bamboo Tea Tray", "TW-CP", "整块竹制茶盘 储水式 家用功夫茶台"),
    ("桂花糕 礼盒", "零食礼盒", 28.0, "Osmanthus Cake", "SN-GHG", "杭州桂花糕 传统糕点 茶点 200g"),
    ("凤梨酥礼盒 12枚", "零食礼盒", 88.0, "Pineapple Cakes, box of 12", "SN-FLS", "凤梨酥礼盒 12枚 茶点零食"),
    ("中秋月饼茶礼盒", "零食礼盒", 198.0, "Mid-Autumn Mooncake & Tea Gift Box", "SN-YB",
     "中秋月饼茶叶礼盒 龙井+月饼 送礼佳品"),
    ("新春茶点礼盒", "零食礼盒", 268.0, "Spring Festival Tea & Snack Gift Box", "SN-XC",
     "新春年货礼盒 茶叶茶点组合 送长辈"),
    ("绿茶瓜子 250g", "零食礼盒", 18.0, "Green Tea Sunflower Seeds 250g", "SN-GZ", "绿茶味瓜子 250g 办公室零食"),
    ("坚果小食 罐装", "零食礼盒", 36.0, "Mixed Nuts Jar", "SN-JG", "每日坚果 罐装 茶点小食"),
)
MOONCAKE = 25  # index of the mooncake box: only sold from August to the festival
NEW_YEAR_BOX = 26  # index of the Spring Festival box: only sold December to February

# popularity of each product inside its category (relative)
POPULARITY = (5, 6, 3, 3, 2, 3, 4, 1.5, 3, 3, 5, 3, 2, 2, 6, 5, 3, 3, 3, 3, 0.6, 1.5, 1, 6, 4, 3, 3, 7, 5)

# share of each category by month (Jan..Dec): green tea peaks with the new spring harvest, gifts around festivals
CATEGORY_BY_MONTH = (
    (14, 22, 18, 12, 10, 24),
    (16, 20, 18, 12, 10, 24),
    (34, 14, 16, 14, 10, 12),
    (40, 12, 15, 14, 9, 10),
    (34, 13, 16, 16, 9, 12),
    (28, 14, 16, 20, 10, 12),
    (24, 14, 18, 22, 10, 12),
    (22, 15, 18, 20, 10, 15),
    (16, 16, 18, 12, 10, 28),
    (16, 20, 20, 14, 12, 18),
    (14, 22, 20, 12, 14, 18),
    (14, 24, 20, 12, 12, 18),
)

# POS stores: name, first day it sells (the Binjiang store opened in April 2024)
STORES = (("武林店", "2023-01-01"), ("西溪店", "2023-01-01"), ("滨江店", "2024-04-01"))
STORE_CODES = ("WL", "XX", "BJ")
PAYMENTS = ("微信支付", "支付宝", "现金", "银行卡", "会员储值")
PAYMENT_WEIGHTS = (45, 35, 5, 5, 10)

FESTIVALS = {  # gift seasons: the three weeks before each day sell more gift boxes
    "spring": ("2023-01-22", "2024-02-10", "2025-01-29"),
    "mid_autumn": ("2023-09-29", "2024-09-17"),
}
SHOPPING_DAYS = {"2023-06-18": 3.0, "2024-06-18": 3.0, "2023-11-11": 7.0, "2024-11-11": 7.0,
                 "2023-11-10": 2.0, "2024-11-10": 2.0, "2023-12-12": 2.0, "2024-12-12": 2.0}

# hour-of-day weights (0..23)
STORE_HOURS = (0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 5, 6, 6, 5, 5, 6, 7, 7, 6, 4, 2, 0, 0)
ONLINE_HOURS = (3, 2, 1, 0.5, 0.3, 0.3, 0.5, 1, 2, 3, 4, 4, 5, 4, 4, 4, 4, 4, 5, 6, 8, 9, 9, 6)

SURNAMES = (
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"), ("黄", "huang"),
    ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"),
    ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("高", "gao"), ("林", "lin"), ("罗", "luo"), ("郑", "zheng"),
    ("梁", "liang"), ("谢", "xie"), ("宋", "song"), ("唐", "tang"), ("许", "xu"), ("韩", "han"), ("冯", "feng"),
    ("邓", "deng"), ("曹", "cao"), ("彭", "peng"), ("曾", "zeng"), ("肖", "xiao"), ("田", "tian"), ("董", "dong"),
    ("袁", "yuan"), ("潘", "pan"), ("蒋", "jiang"), ("蔡", "cai"), ("余", "yu"), ("杜", "du"), ("叶", "ye"),
    ("程", "cheng"), ("苏", "su"), ("魏", "wei"), ("吕", "lv"), ("丁", "ding"), ("沈", "shen"), ("姚", "yao"),
    ("陆", "lu"), ("钱", "qian"), ("汪", "wang"), ("金", "jin"), ("方", "fang"), ("俞", "yu"), ("邵", "shao"),
)
GIVEN_F = ("芳", "娜", "秀英", "敏", "静", "丽", "艳", "娟", "霞", "婷", "雪", "琳", "佳怡", "欣怡", "雨涵", "梓萱",
           "思琪", "晓燕", "慧", "颖", "倩", "洁", "蕾", "萍", "玉兰", "晨曦", "诗涵", "可馨", "子涵", "梦瑶")
GIVEN_M = ("伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "刚", "平", "浩", "宇", "鹏", "俊杰",
           "子轩", "浩然", "志强", "建华", "文博", "一鸣", "天宇", "晓东", "海涛", "国庆", "建国", "嘉豪", "博文", "思远")
NICK_WORDS = ("爱喝茶的", "茶友", "小", "阿", "快乐", "安静的", "杭州", "西湖边的", "慢生活", "一叶")
NICK_TAILS = ("猫", "鱼", "兔子", "小熊", "叶子", "茶人", "同学", "宝宝", "小姐姐", "大叔", "青青", "明月")

EN_FIRST = ("Emily", "Michael", "Sarah", "David", "Jessica", "Daniel", "Wei", "Jing", "Kevin", "Grace", "Olivia",
            "James", "Sophie", "Lucas", "Chloe", "Ethan", "Mia", "Ryan", "Hannah", "Jason", "Amy", "Eric", "Linda",
            "Tom", "Anna", "Yuki", "Priya", "Marco", "Lena", "Oscar")
EN_LAST = ("Smith", "Chen", "Wang", "Lee", "Brown", "Nguyen", "Tan", "Wong", "Lim", "Johnson", "Garcia", "Miller",
           "Zhang", "Liu", "Taylor", "Martin", "Ng", "Ho", "Kim", "Patel", "Müller", "Rossi", "Dubois", "Tanaka")
EMAIL_DOMAINS = ("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com", "qq.com", "163.com")
# overseas buyers: country code, city, phone country code, phone national-number pattern (first digits, length)
OVERSEAS = (
    ("US", "New York", "1", ("646", "917", "347"), 10, 22),
    ("US", "San Francisco", "1", ("415", "628"), 10, 12),
    ("CA", "Vancouver", "1", ("604", "778"), 10, 10),
    ("SG", "Singapore", "65", ("8", "9"), 8, 18),
    ("HK", "Hong Kong", "852", ("5", "6", "9"), 8, 14),
    ("AU", "Sydney", "61", ("4",), 9, 10),
    ("GB", "London", "44", ("7",), 10, 8),
    ("DE", "Berlin", "49", ("151", "160", "170"), 11, 6),
)

# Chinese shipping addresses: province, city, districts
PLACES = (
    ("浙江省", "杭州市", ("西湖区", "上城区", "拱墅区", "滨江区", "余杭区")),
    ("浙江省", "宁波市", ("海曙区", "鄞州区")),
    ("上海", "上海市", ("徐汇区", "浦东新区", "静安区", "闵行区")),
    ("江苏省", "南京市", ("鼓楼区", "玄武区")),
    ("江苏省", "苏州市", ("姑苏区", "工业园区")),
    ("北京", "北京市", ("朝阳区", "海淀区", "东城区")),
    ("广东省", "广州市", ("天河区", "越秀区")),
    ("广东省", "深圳市", ("南山区", "福田区")),
    ("四川省", "成都市", ("武侯区", "锦江区")),
    ("湖北省", "武汉市", ("洪山区", "江汉区")),
    ("福建省", "厦门市", ("思明区",)),
    ("山东省", "青岛市", ("市南区",)),
)
PLACE_WEIGHTS = (30, 5, 14, 5, 6, 8, 5, 6, 4, 4, 3, 3)
STREETS = ("文三路", "中山路", "人民路", "解放路", "建设路", "学院路", "天目山路", "延安路", "南京路", "长江路", "江南大道")

# channels of the simulated orders
POS, TAOBAO, SHOPIFY = 0, 1, 2


def norm(weights) -> np.ndarray:
    """Weights scaled to sum to one."""
    w = np.asarray(weights, dtype=float)
    return w / w.sum()


DAY0 = np.datetime64(START, "D")
N_DAYS = int((np.datetime64(END, "D") - DAY0).astype(int)) + 1


def day_index(text: str) -> int:
    """Days from the first day of the demo period to `text` (YYYY-MM-DD)."""
    return int((np.datetime64(text, "D") - DAY0).astype(int))
