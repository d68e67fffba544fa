import sys; import os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
OUT = sys.argv[1]
T = """ date 2025-02-18 Philips voorzichtig over 2025 na schikking Respironics

Philips heeft in het vierde kwartaal van 2024 een omzet geboekt van 5,3 miljard euro, een vergelijkbare groei van 1,8 procent. De aangepaste EBITA-marge verbeterde in die periode tot 15,6%, maakte het Amsterdamse technologiebedrijf dinsdag bekend. Over heel 2024 kwam de nettowinst uit op 712 miljoen euro, tegen een verlies van 463 miljoen een jaar eerder.

Voor 2025 mikt het bedrijf op een vergelijkbare omzetgroei van 1 tot 3 procent en een aangepaste EBITA-marge tussen 11,8 en 12,3 procent. Philips keert over 2024 een dividend uit van 0,85 euro per aandeel en start dit jaar een aandeleninkoopprogramma van 200 miljoen euro.

Dochterbedrijf Philips Respironics betaalt in de Verenigde Staten 1,1 miljard dollar (1,0 miljard euro) om schadeclaims rond ondeugdelijke slaapapneu-apparaten te schikken. Wereldwijd werden ruim 15 miljoen apparaten teruggeroepen.

De zwakke vraag in China blijft een zorg. De Chinese overheid trekt dit jaar 300 miljard yuan uit voor de vervanging van medische apparatuur, maar ziekenhuizen stellen hun bestellingen uit. In de markt voor MRI-scanners heeft Philips volgens onderzoeksbureau Signify Research wereldwijd een aandeel van 21 procent. Analisten van Degroof Petercam verwachten voor 2025 een omzet van 18,5 miljard euro.

Investeringsmaatschappij Exor, van de Italiaanse familie Agnelli, bezit inmiddels 17,5 procent van de aandelen Philips. Topman Roy Jakobs ontving over 2024 een beloning van 4,6 miljoen euro. Het concern telt ongeveer 67.800 werknemers. Het aandeel Philips daalde dinsdag op het Damrak 5,4 procent.
"""
PH = "philips"
items = [
 C("Philips", PH), C("Respironics", "philips-respironics"),
 C("Philips", PH, "p1"), M("5,3 miljard euro", "5.3e9", "EUR", "rev"), P("1,8 procent", "1.8", "g"),
 P("15,6%", "15.6", "m"),
 M("712 miljoen euro", "712e6", "EUR", "ni"), M("463 miljoen", "463e6", "EUR", "loss", inferred=True),
 P("1", 1, "gg_lo"), P("3 procent", 3, "gg_hi"), P("11,8", "11.8", "gm_lo"), P("12,3 procent", "12.3", "gm_hi"),
 C("Philips", PH, "p_div"), M("0,85 euro", "0.85", "EUR", "div"), M("200 miljoen euro", "200e6", "EUR", "bb"),
 C("Philips Respironics", "philips-respironics", "resp"), M("1,1 miljard dollar", "1.1e9", "USD", "settle"), M("1,0 miljard euro", "1.0e9", "EUR", "settle_eur"),
 M("300 miljard yuan", "300e9", "CNY"),
 C("Philips", PH, "p_ms"), C("Signify Research", "signify-research"), P("21 procent", 21, "ms"),
 C("Degroof Petercam", "degroof-petercam"), M("18,5 miljard euro", "18.5e9", "EUR"),
 C("Exor", "exor", "exor"), P("17,5 procent", "17.5", "exor_st"), C("Philips", PH),
 M("4,6 miljoen euro", "4.6e6", "EUR"),
 C("Philips", PH, "p_sh"), P("5,4 procent", "5.4", "sh"),
]
claims = [
 ("p1", "rev", "revenue", "2024-Q4", "sentence"),
 ("p1", "g", "revenue_growth", "2024-Q4", "sentence"),
 (PH, "m", "profit", "2024-Q4", "coref"),
 (PH, "ni", "profit", "2024", "coref"),
 (PH, "loss", "profit", "2023", "coref"),
 (PH, "gg_lo", "revenue_growth", "2025", "coref"),
 (PH, "gg_hi", "revenue_growth", "2025", "coref"),
 (PH, "gm_lo", "profit", "2025", "coref"),
 (PH, "gm_hi", "profit", "2025", "coref"),
 ("p_div", "div", "other", "2024", "sentence"),
 ("p_div", "bb", "other", "2025", "sentence"),
 ("resp", "settle", "other", None, "sentence", ["settle_eur"]),
 ("p_ms", "ms", "market_share", None, "sentence"),
 ("exor", "exor_st", "other", None, "sentence"),
 ("p_sh", "sh", "other", None, "sentence"),
]
build(OUT, "nl_004_philips", T, "nl", None, items, claims)
