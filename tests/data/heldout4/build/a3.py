import sys; import os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
OUT = sys.argv[1]
T = """L'Oréal: the turnover passes the bar of 43 billion euros

The world number one of cosmetics realised in 2024 a turnover of 43.48 billion euros, in progression of 5.6% at comparable data, announced the group on Thursday evening. It is a performance inferior to the expectations of the market, which counted on a growth of 6.1%.

Over the year, the operating result progressed by 6.7% to 8.6 billion euros, that is to say an operating margin of 19.8%, a record. The net result per share reached 12.66 euros. The group will propose to the general assembly a dividend of 7 euros per action, in increase of 7.7%. The dermatological beauty division, which is carried by the pharmacies, saw its sales jump by 9.8% over the exercise.

According to the cabinet Euromonitor, L'Oréal detains 13.5% of the world market of beauty, a market estimated at 264 billion euros. In China, where the government has fixed an objective of growth of 5% for this year, the sales of the group have on the contrary retreated.

Last year, L'Oréal took 10% of the capital of the Swiss Galderma, for which it disbursed 1.9 billion Swiss francs (2 billion euros). It is the most important operation since the acquisition of the Australian brand Aesop in 2023 for 2.5 billion dollars. The group itself is detained at 34.7% by the Bettencourt Meyers family and at 20.1% by Nestlé, which has always refused to sell its participation.

The analysts of UBS anticipate for 2025 a turnover of 45.9 billion euros. "We remain confident in our capacity to surpass the market", declared the general director Nicolas Hieronimus. The action L'Oréal lost 3.4% Friday morning at the Bourse de Paris.
"""
L = "loreal"
items = [
 C("L'Oréal", L, "h"), M("43 billion euros", "43e9", "EUR", "rev_h"),
 M("43.48 billion euros", "43.48e9", "EUR", "rev"), P("5.6%", "5.6", "g"), P("6.1%", "6.1"),
 P("6.7%", "6.7", "op_g"), M("8.6 billion euros", "8.6e9", "EUR", "op"), P("19.8%", "19.8", "opm"),
 M("12.66 euros", "12.66", "EUR", "eps"), M("7 euros", "7", "EUR", "div"), P("7.7%", "7.7", "div_g"), P("9.8%", "9.8", "derm"),
 C("Euromonitor", "euromonitor"), C("L'Oréal", L, "l_ms"), P("13.5%", "13.5", "ms"), M("264 billion euros", "264e9", "EUR"),
 P("5%", 5),
 C("L'Oréal", L, "l_gal"), P("10%", 10, "stake"), C("Galderma", "galderma"), M("1.9 billion Swiss francs", "1.9e9", "CHF", "gal"), M("2 billion euros", "2e9", "EUR", "gal_eur"),
 C("Aesop", "aesop"), M("2.5 billion dollars", "2.5e9", "USD", "aesop_p"),
 P("34.7%", "34.7"), P("20.1%", "20.1", "nestle_st"), C("Nestlé", "nestle", "nestle"),
 C("UBS", "ubs"), M("45.9 billion euros", "45.9e9", "EUR"),
 C("L'Oréal", L, "l_sh"), P("3.4%", "3.4", "sh"),
]
claims = [
 ("h", "rev_h", "revenue", None, "sentence"),
 (L, "rev", "revenue", "2024", "coref"),
 (L, "g", "revenue_growth", "2024", "coref"),
 (L, "op_g", "profit", "2024", "coref"),
 (L, "op", "profit", "2024", "coref"),
 (L, "opm", "profit", "2024", "coref"),
 (L, "eps", "profit", "2024", "coref"),
 (L, "div", "other", None, "coref"),
 (L, "div_g", "other", None, "coref"),
 (L, "derm", "revenue_growth", "2024", "coref"),
 ("l_ms", "ms", "market_share", None, "sentence"),
 ("l_gal", "stake", "other", None, "sentence"),
 ("l_gal", "gal", "investment", None, "sentence", ["gal_eur"]),
 (L, "aesop_p", "investment", "2023", "coref"),
 ("nestle", "nestle_st", "other", None, "sentence"),
 ("l_sh", "sh", "other", None, "sentence"),
]
build(OUT, "en_003_loreal_translated", T, "en", "fr", items, claims)
