from labeltool import c, m, p, claim
ID = "en_002_xiaomi"
LANG = "en"
TRANSLATED_FROM = None
TEXT = """ date 2024-11-18 Xiaomi beats forecasts as electric car business narrows loss

Xiaomi Corp on Monday reported a 30.5% jump in third-quarter revenue to 92.5 billion yuan ($12.8 billion), beating the 90.9 billion yuan expected by analysts polled by LSEG, as sales of its smartphones and its first electric car both picked up.

Adjusted net profit for the quarter climbed 4.4% to 6.25 billion yuan, the Beijing-based company said in a filing to the Hong Kong stock exchange.

Its smart electric vehicle and AI business brought in 9.7 billion yuan in the quarter, with a gross margin of 17.1%, but still posted an operating loss of 1.5 billion yuan (about $208 million). The company delivered 39,790 cars in the period and now expects to hand over more than 130,000 units this year, thanks to strong demand for the Xiaomi SU7 sedan.

Smartphone revenue rose 13.9% to 47.5 billion yuan in the quarter. According to research firm Canalys, Xiaomi shipped 42.8 million handsets worldwide between July and September, giving it a 14% share of the global market, behind Samsung and Apple, which held 19% and 18%, respectively.

China's new-energy vehicle market grew 33% year on year in October, according to the China Passenger Car Association, an industry group. Market leader BYD sold more than 500,000 vehicles in the month alone.

"Our results show that the investments in the car business are starting to pay off," founder and chief executive Lei Jun said on a call with analysts. Lei, whose fortune Forbes estimates at $32 billion, has said Xiaomi will spend 30 billion yuan on research and development next year, about a quarter of it on artificial intelligence.

Xiaomi shares, which have more than doubled this year, gained 3.6% in Hong Kong on Monday, valuing the group at about HK$700 billion. BYD stock fell 2.1%.

The company had 41,700 employees at the end of September, up from 33,300 a year earlier.
"""
MENTIONS = [
    c("Xiaomi", "xiaomi", key="Xiaomi@head"),
    c("Xiaomi Corp", "xiaomi"),
    p("30.5%", 30.5),
    m("92.5 billion yuan", "92.5e9", "CNY"),
    m("$12.8 billion", "12.8e9", "USD"),
    m("90.9 billion yuan", "90.9e9", "CNY"),
    c("LSEG", "lseg"),
    p("4.4%", 4.4),
    m("6.25 billion yuan", "6.25e9", "CNY"),
    m("9.7 billion yuan", "9.7e9", "CNY"),
    p("17.1%", 17.1),
    m("1.5 billion yuan", "1.5e9", "CNY"),
    m("$208 million", "208e6", "USD"),
    p("13.9%", 13.9),
    m("47.5 billion yuan", "47.5e9", "CNY"),
    c("Canalys", "canalys"),
    c("Xiaomi", "xiaomi", anchor="Xiaomi shipped", key="Xiaomi@share"),
    p("14%", 14),
    c("Samsung", "samsung"),
    c("Apple", "apple"),
    p("19%", 19),
    p("18%", 18),
    p("33%", 33),
    c("BYD", "byd"),
    c("Forbes", "forbes"),
    m("$32 billion", "32e9", "USD"),
    c("Xiaomi", "xiaomi", anchor="Xiaomi will spend", key="Xiaomi@rd"),
    m("30 billion yuan", "30e9", "CNY"),
    c("Xiaomi", "xiaomi", anchor="Xiaomi shares", key="Xiaomi@stock"),
    p("3.6%", 3.6),
    m("HK$700 billion", "700e9", "HKD"),
    c("BYD", "byd", n=2, key="BYD#2"),
    p("2.1%", 2.1),
]
CLAIMS = [
    claim("Xiaomi Corp", "30.5%", "revenue_growth", "2024-Q3", "sentence"),
    claim("Xiaomi Corp", "92.5 billion yuan", "revenue", "2024-Q3", "sentence", eq=["$12.8 billion"]),
    claim("xiaomi", "4.4%", "profit", "2024-Q3", "coref"),
    claim("xiaomi", "6.25 billion yuan", "profit", "2024-Q3", "coref"),
    claim("xiaomi", "9.7 billion yuan", "revenue", "2024-Q3", "coref"),
    claim("xiaomi", "17.1%", "profit", "2024-Q3", "coref"),
    claim("xiaomi", "1.5 billion yuan", "profit", "2024-Q3", "coref", eq=["$208 million"]),
    claim("xiaomi", "13.9%", "revenue_growth", "2024-Q3", "coref"),
    claim("xiaomi", "47.5 billion yuan", "revenue", "2024-Q3", "coref"),
    claim("Xiaomi@share", "14%", "market_share", None, "sentence"),
    claim("Samsung", "19%", "market_share", None, "sentence"),
    claim("Apple", "18%", "market_share", None, "sentence"),
    claim("Xiaomi@rd", "30 billion yuan", "investment", "2025", "sentence"),
    claim("Xiaomi@stock", "3.6%", "other", None, "sentence"),
    claim("Xiaomi@stock", "HK$700 billion", "other", None, "sentence"),
    claim("BYD#2", "2.1%", "other", None, "sentence"),
]
