from labeltool import c, m, p, claim
ID = "en_003_tesco"
LANG = "en"
TRANSLATED_FROM = None
TEXT = """Tesco lifts profit outlook, extends buyback as shoppers stay loyal

LONDON - Tesco, Britain's biggest supermarket group, raised its full-year profit forecast on Wednesday after reporting a 10.3% rise in adjusted operating profit to £1.56 billion for the first half of its 2025 financial year.

Group sales excluding fuel rose 3.6% to £31.5 billion over the 26 weeks, helped by price cuts on thousands of everyday items and the growing popularity of its Clubcard loyalty scheme. The retailer now expects adjusted operating profit of at least £2.9 billion for the full year, up from previous guidance of about £2.8 billion.

Tesco will pay an interim dividend of 4.25 pence per share, up 8%, and said it would return a further £1.45 billion to shareholders through share buybacks over the coming year.

According to market research firm Kantar, Tesco's share of the British grocery market rose to 28.1% in the 12 weeks to Sept. 8, its highest level since 2016, while Sainsbury's and Asda held 15.2% and 12.6%, respectively. Grocery price inflation across the market slowed to 1.7%, Kantar said.

Earlier this year, Tesco agreed to sell its retail banking operations, including credit cards, loans and savings, to Barclays for about £600 million. The deal leaves Tesco Bank with a smaller insurance and ATM business, which the supermarket group intends to keep.

"We have delivered a strong performance in the first half, with market share gains in every part of our UK business," chief executive Ken Murphy said. Murphy, whose total pay rose to £9.9 million last year, has led the company since 2020.

Analysts at Peel Hunt said the upgrade was modest and forecast full-year profit of £2.95 billion, slightly above the company's new target.

Shares in Tesco, a member of the FTSE 100 index, were up 2.7% at 355 pence by 0900 GMT on the London Stock Exchange, giving the company a market value of about £24 billion. The group employs more than 330,000 people in Britain, Ireland and central Europe.
"""
MENTIONS = [
    c("Tesco", "tesco", key="Tesco@head"),
    c("Tesco", "tesco", anchor="Tesco, Britain", key="Tesco@1"),
    p("10.3%", 10.3),
    m("£1.56 billion", "1.56e9", "GBP"),
    p("3.6%", 3.6),
    m("£31.5 billion", "31.5e9", "GBP"),
    m("£2.9 billion", "2.9e9", "GBP"),
    m("£2.8 billion", "2.8e9", "GBP"),
    c("Tesco", "tesco", anchor="Tesco will pay", key="Tesco@div"),
    m("4.25 pence", "0.0425", "GBP"),
    p("8%", 8),
    m("£1.45 billion", "1.45e9", "GBP"),
    c("Kantar", "kantar"),
    c("Tesco", "tesco", anchor="Tesco's share", key="Tesco@share"),
    p("28.1%", 28.1),
    c("Sainsbury's", "sainsburys"),
    c("Asda", "asda"),
    p("15.2%", 15.2),
    p("12.6%", 12.6),
    p("1.7%", 1.7),
    c("Kantar", "kantar", n=2, key="Kantar#2"),
    c("Tesco", "tesco", anchor="Tesco agreed", key="Tesco@bank"),
    c("Barclays", "barclays"),
    m("£600 million", "600e6", "GBP"),
    c("Tesco Bank", "tesco-bank"),
    m("£9.9 million", "9.9e6", "GBP"),
    c("Peel Hunt", "peel-hunt"),
    m("£2.95 billion", "2.95e9", "GBP"),
    c("Tesco", "tesco", anchor="Shares in Tesco", key="Tesco@stock"),
    p("2.7%", 2.7),
    m("355 pence", "3.55", "GBP"),
    m("£24 billion", "24e9", "GBP"),
]
CLAIMS = [
    claim("Tesco@1", "10.3%", "profit", "2025-H1", "sentence"),
    claim("Tesco@1", "£1.56 billion", "profit", "2025-H1", "sentence"),
    claim("tesco", "3.6%", "revenue_growth", "2025-H1", "coref"),
    claim("tesco", "£31.5 billion", "revenue", "2025-H1", "coref"),
    claim("tesco", "£2.9 billion", "profit", "2025", "coref"),
    claim("tesco", "£2.8 billion", "profit", "2025", "coref"),
    claim("Tesco@div", "4.25 pence", "other", None, "sentence"),
    claim("Tesco@div", "8%", "other", None, "sentence"),
    claim("Tesco@div", "£1.45 billion", "other", None, "sentence"),
    claim("Tesco@share", "28.1%", "market_share", None, "sentence"),
    claim("Sainsbury's", "15.2%", "market_share", None, "sentence"),
    claim("Asda", "12.6%", "market_share", None, "sentence"),
    claim("Barclays", "£600 million", "investment", None, "sentence"),
    claim("Tesco@stock", "2.7%", "other", None, "sentence"),
    claim("Tesco@stock", "355 pence", "other", None, "sentence"),
    claim("Tesco@stock", "£24 billion", "other", None, "sentence"),
]
