import sys; import os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
OUT = sys.argv[1]
NB = "\u00a0"; NN = "\u202f"
T = f""" date 2025-02-06 Vinci affiche un bénéfice record et mise sur les aéroports

Vinci a publié mercredi soir un chiffre d'affaires de 71,6 milliards d'euros pour l'exercice 2024, en hausse de 3,9{NB}% sur un an. Le résultat net part du groupe a progressé de 3,4{NB}%, à 4,86 milliards d'euros, un niveau record pour le géant du BTP et des concessions. Le conseil d'administration proposera un dividende de 4,75{NB}€ par action au titre de 2024.

En 2024, Vinci Autoroutes a vu son chiffre d'affaires progresser de 2,8{NN}% à 6,6 milliards d'euros, tandis que Vinci Airports a accueilli 318 millions de passagers, soit 9{NB}% de plus qu'en 2023. Sa filiale Vinci Airports a finalisé en juin 2024 l'acquisition de 50,01{NB}% de l'aéroport d'Édimbourg pour 1,27 milliard de livres sterling (1,5 milliard d'euros).

Portées par Vinci Energies et Cobra IS, les prises de commandes ont atteint un niveau record : fin 2024, le carnet de commandes du groupe s'élevait à 65,6 milliards d'euros, en hausse de 4{NB}%. Selon le cabinet Xerfi, Vinci Construction détient environ 11{NB}% du marché français du bâtiment et des travaux publics.

Pour 2025, Vinci anticipe une hausse de son chiffre d'affaires de 2 à 4{NB}% hors effets de change. La surtaxe d'impôt sur les sociétés votée par le Parlement coûtera environ 400 M€ au groupe cette année, a précisé le directeur financier. Le ministre de l'Économie estime que cette contribution exceptionnelle rapportera 8 milliards d'euros à l'État.

Les analystes d'Oddo BHF tablent sur un bénéfice net de 5,1 milliards d'euros en 2026. Le groupe, qui emploie plus de 280{NB}000 personnes, a vu son action gagner 2,1{NB}% jeudi matin à la Bourse de Paris.
"""
V = "vinci"
items = [
 C("Vinci", V),
 C("Vinci", V, "v1"), M("71,6 milliards d'euros", "71.6e9", "EUR", "rev"), P(f"3,9{NB}%", "3.9", "g"),
 P(f"3,4{NB}%", "3.4", "ni_g"), M("4,86 milliards d'euros", "4.86e9", "EUR", "ni"),
 M(f"4,75{NB}€", "4.75", "EUR", "div"),
 C("Vinci Autoroutes", "vinci-autoroutes", "va"), P(f"2,8{NN}%", "2.8", "va_g"), M("6,6 milliards d'euros", "6.6e9", "EUR", "va_rev"),
 C("Vinci Airports", "vinci-airports", "vair"), P(f"9{NB}%", 9, "pax"),
 C("Vinci Airports", "vinci-airports", "vair2"), P(f"50,01{NB}%", "50.01", "edi_st"),
 M("1,27 milliard de livres sterling", "1.27e9", "GBP", "edi"), M("1,5 milliard d'euros", "1.5e9", "EUR", "edi_eur"),
 C("Vinci Energies", "vinci-energies"), C("Cobra IS", "cobra-is"),
 M("65,6 milliards d'euros", "65.6e9", "EUR", "backlog"), P(f"4{NB}%", 4, "backlog_g"),
 C("Xerfi", "xerfi"), C("Vinci Construction", "vinci-construction", "vc"), P(f"11{NB}%", 11, "ms"),
 C("Vinci", V, "v_g"), P("2", 2, "gg_lo"), P(f"4{NB}%", 4, "gg_hi"),
 M("400 M€", "400e6", "EUR", "tax"),
 M("8 milliards d'euros", "8e9", "EUR"),
 C("Oddo BHF", "oddo-bhf"), M("5,1 milliards d'euros", "5.1e9", "EUR"),
 P(f"2,1{NB}%", "2.1", "sh"),
]
claims = [
 ("v1", "rev", "revenue", "2024", "sentence"),
 ("v1", "g", "revenue_growth", "2024", "sentence"),
 (V, "ni_g", "profit", "2024", "coref"),
 (V, "ni", "profit", "2024", "coref"),
 (V, "div", "other", "2024", "coref"),
 ("va", "va_g", "revenue_growth", "2024", "sentence"),
 ("va", "va_rev", "revenue", "2024", "sentence"),
 ("vair", "pax", "other", "2024", "sentence"),
 ("vair2", "edi_st", "other", "2024-06", "sentence"),
 ("vair2", "edi", "investment", "2024-06", "sentence", ["edi_eur"]),
 (V, "backlog", "other", "2024", "coref"),
 (V, "backlog_g", "other", "2024", "coref"),
 ("vc", "ms", "market_share", None, "sentence"),
 ("v_g", "gg_lo", "revenue_growth", "2025", "sentence"),
 ("v_g", "gg_hi", "revenue_growth", "2025", "sentence"),
 (V, "tax", "other", "2025", "coref"),
 (V, "sh", "other", None, "coref"),
]
build(OUT, "fr_006_vinci", T, "fr", None, items, claims)
