import sys; import os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
OUT = sys.argv[1]
T = """Spotify swings to first annual profit as price rises stick

Spotify Technology posted its first full-year operating profit on Tuesday, as price increases and tighter cost control paid off. Revenue in the fourth quarter of 2024 rose 16% to €4.24 billion, the Stockholm-based company said, while operating income reached €477 million, compared with 74 million a year earlier. The gross margin widened to 32.2% in the quarter.

Monthly active users climbed 12% to 675 million and paying subscribers rose to 263 million. For the first quarter of 2025, Spotify guided for revenue of €4.2 billion and operating income of €548 million. Its board also authorised a share buyback of up to $1 billion (€960 million).

The streaming leader accounted for 31.7% of global music subscriptions at the end of 2024, according to Midia Research, while Paris-listed Deezer had 2.1%. Midia estimates that subscription streaming generated $22.3 billion worldwide last year.

Spotify said it paid out more than $10 billion to music rights holders in 2024. Spotify-owned podcast network The Ringer lifted its advertising revenue by 30% over the year, and the group agreed to buy Kinzen, a Dublin-based start-up that detects harmful audio content, for €45 million.

Analysts at Morgan Stanley expect Spotify's operating margin to reach 15% in 2026. Co-founder Daniel Ek, who sold shares worth about $150 million during the quarter, told analysts the company would keep investing in audiobooks and video. Spotify shares jumped 13% in New York trading.
"""
S = "spotify"
items = [
 C("Spotify", S),
 C("Spotify Technology", S, "st"),
 P("16%", 16, "g"), M("€4.24 billion", "4.24e9", "EUR", "rev"), M("€477 million", "477e6", "EUR", "oi"), M("74 million", "74e6", "EUR", "oi_prev", inferred=True),
 P("32.2%", "32.2", "gm"),
 P("12%", 12, "mau"),
 C("Spotify", S, "s_guid"), M("€4.2 billion", "4.2e9", "EUR", "grev"), M("€548 million", "548e6", "EUR", "goi"),
 M("$1 billion", "1e9", "USD", "bb"), M("€960 million", "960e6", "EUR", "bb_eur"),
 P("31.7%", "31.7", "ms"), C("Midia Research", "midia-research"), C("Deezer", "deezer", "dz"), P("2.1%", "2.1", "ms_dz"),
 C("Midia", "midia-research"), M("$22.3 billion", "22.3e9", "USD"),
 C("Spotify", S, "s_pay"), M("$10 billion", "10e9", "USD", "pay"),
 C("Spotify", S, "s_own"), C("The Ringer", "ringer", "ringer"), P("30%", 30, "ring_g"), M("€45 million", "45e6", "EUR", "kinzen_p"),
 C("Kinzen", "kinzen"),
]
# fix order: Kinzen appears before €45 million
items = items[:-2] + [items[-1], items[-2]]
items += [
 C("Morgan Stanley", "morgan-stanley"), C("Spotify", S), P("15%", 15),
 M("$150 million", "150e6", "USD"),
 C("Spotify", S, "s_sh"), P("13%", 13, "sh"),
]
claims = [
 (S, "g", "revenue_growth", "2024-Q4", "coref"),
 (S, "rev", "revenue", "2024-Q4", "coref"),
 (S, "oi", "profit", "2024-Q4", "coref"),
 (S, "oi_prev", "profit", "2023-Q4", "coref"),
 (S, "gm", "profit", "2024-Q4", "coref"),
 (S, "mau", "other", None, "coref"),
 ("s_guid", "grev", "revenue", "2025-Q1", "sentence"),
 ("s_guid", "goi", "profit", "2025-Q1", "sentence"),
 (S, "bb", "other", None, "coref", ["bb_eur"]),
 (S, "ms", "market_share", "2024", "coref"),
 ("dz", "ms_dz", "market_share", "2024", "sentence"),
 ("s_pay", "pay", "other", "2024", "sentence"),
 ("ringer", "ring_g", "revenue_growth", "2024", "sentence"),
 ("s_own", "kinzen_p", "investment", None, "sentence"),
 ("s_sh", "sh", "other", None, "sentence"),
]
build(OUT, "en_002_spotify", T, "en", None, items, claims)
