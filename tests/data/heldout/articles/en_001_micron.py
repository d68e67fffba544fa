from labeltool import c, m, p, claim
ID = "en_001_micron"
LANG = "en"
TRANSLATED_FROM = None
TEXT = """ date 2024-09-26 Micron forecasts record revenue on AI memory boom; shares jump

Micron Technology forecast first-quarter revenue above Wall Street estimates on Wednesday, betting that demand for the high-bandwidth memory (HBM) chips used in artificial intelligence servers will keep climbing. Shares of the Boise, Idaho-based chipmaker rose 14% in extended trading.

For the first quarter of fiscal 2025, which ends in late November, Micron expects revenue of $8.5-8.9 billion, against analysts' average estimate of $8.28 billion, according to data compiled by LSEG. The company also forecast adjusted earnings of $1.74 per share for the quarter.

In the fourth quarter of fiscal 2024, which ended Aug. 29, Micron's revenue rose 93% to $7.75 billion from $4.01 billion a year earlier. Net income came in at $887 million, or 79 cents per share, compared with a loss of $1.43 billion in the same quarter last year. The gross margin widened to 35.3% in the quarter.

"We are entering fiscal 2025 with the best competitive positioning in Micron's history," chief executive Sanjay Mehrotra told analysts on a conference call.

Micron, which supplies HBM3E memory for Nvidia's H200 accelerators, said its HBM production for 2025 was already sold out. The company expects its share of the HBM market to reach 20-25% in calendar 2025, broadly in line with its share of the wider DRAM market. Market research firm TrendForce estimates that the HBM market will be worth about $17 billion this year, more than three times last year's level.

South Korea's SK Hynix, the market leader, held a 53% share of HBM shipments in 2023, according to TrendForce, while Samsung Electronics accounted for 38%.

Micron spent about $8 billion on capital expenditure in fiscal 2024 and said spending would rise meaningfully in fiscal 2025, as it builds new plants in Idaho and New York. The company, which employs about 48,000 people, has pledged to invest up to $100 billion in the New York site over two decades.

The Philadelphia Semiconductor Index, which tracks the sector, is up about 19% this year. Micron stock had lost roughly 30% from its June peak before the results.
"""
MENTIONS = [
    c("Micron", "micron", key="Micron@head"),
    c("Micron Technology", "micron"),
    p("14%", 14),
    c("Micron", "micron", anchor="Micron expects revenue", key="Micron@guide"),
    m("$8.5", "8.5e9", "USD"),
    m("8.9 billion", "8.9e9", "USD", inf=True),
    m("$8.28 billion", "8.28e9", "USD"),
    c("LSEG", "lseg"),
    m("$1.74", "1.74", "USD"),
    c("Micron", "micron", anchor="Micron's revenue", key="Micron@q4"),
    p("93%", 93),
    m("$7.75 billion", "7.75e9", "USD"),
    m("$4.01 billion", "4.01e9", "USD"),
    m("$887 million", "887e6", "USD"),
    m("79 cents", "0.79", "USD"),
    m("$1.43 billion", "1.43e9", "USD"),
    p("35.3%", 35.3),
    c("Micron", "micron", anchor="Micron's history", key="Micron@quote"),
    c("Micron", "micron", anchor="Micron, which supplies", key="Micron@hbm"),
    c("Nvidia", "nvidia"),
    p("20", 20, anchor="20-25%", key="20"),
    p("25%", 25),
    c("TrendForce", "trendforce"),
    m("$17 billion", "17e9", "USD"),
    c("SK Hynix", "sk-hynix"),
    p("53%", 53),
    c("TrendForce", "trendforce", n=2, key="TrendForce#2"),
    c("Samsung Electronics", "samsung"),
    p("38%", 38),
    c("Micron", "micron", anchor="Micron spent", key="Micron@capex"),
    m("$8 billion", "8e9", "USD"),
    m("$100 billion", "100e9", "USD"),
    p("19%", 19),
    c("Micron", "micron", anchor="Micron stock", key="Micron@stock"),
    p("30%", 30),
]
CLAIMS = [
    claim("Micron Technology", "14%", "other", None, "coref"),
    claim("Micron@guide", "$8.5", "revenue", "2025-Q1", "sentence"),
    claim("Micron@guide", "8.9 billion", "revenue", "2025-Q1", "sentence"),
    claim("micron", "$1.74", "profit", "2025-Q1", "coref"),
    claim("Micron@q4", "93%", "revenue_growth", "2024-Q4", "sentence"),
    claim("Micron@q4", "$7.75 billion", "revenue", "2024-Q4", "sentence"),
    claim("Micron@q4", "$4.01 billion", "revenue", "2023-Q4", "sentence"),
    claim("micron", "$887 million", "profit", "2024-Q4", "coref"),
    claim("micron", "79 cents", "profit", "2024-Q4", "coref"),
    claim("micron", "$1.43 billion", "profit", "2023-Q4", "coref"),
    claim("micron", "35.3%", "profit", "2024-Q4", "coref"),
    claim("micron", "20", "market_share", "2025", "coref"),
    claim("micron", "25%", "market_share", "2025", "coref"),
    claim("SK Hynix", "53%", "market_share", "2023", "sentence"),
    claim("Samsung Electronics", "38%", "market_share", "2023", "sentence"),
    claim("Micron@capex", "$8 billion", "investment", "2024", "sentence"),
    claim("micron", "$100 billion", "investment", None, "coref"),
    claim("Micron@stock", "30%", "other", None, "sentence"),
]
