import sys; import os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
OUT = sys.argv[1]
T = """Brussel geeft Prosus groen licht voor overname Just Eat Takeaway

De Europese Commissie heeft de overname van maaltijdbezorger Just Eat Takeaway door techinvesteerder Prosus goedgekeurd, op voorwaarde dat Prosus zijn belang in het Duitse Delivery Hero grotendeels afbouwt. Prosus betaalt 20,30 euro per aandeel, in totaal 4,1 miljard euro. Het concern houdt nu nog 27,4 procent van Delivery Hero.

Just Eat Takeaway, bekend van Thuisbezorgd.nl in Nederland en Lieferando in Duitsland, zette vorig jaar 3,6 miljard euro om, 2 procent meer dan in 2023. Het aangepaste bedrijfsresultaat (ebitda) verdubbelde bijna tot 450 miljoen euro. Volgens marktonderzoeker YipitData heeft Lieferando in Duitsland een marktaandeel van 85 procent. De Europese markt voor maaltijdbezorging is volgens Statista ruim 40 miljard euro groot.

Het Amerikaanse Grubhub, dat Just Eat Takeaway in 2021 voor 7,3 miljard dollar kocht, is inmiddels voor 650 miljoen dollar doorverkocht aan Wonder. In Nederland werkt Thuisbezorgd.nl met zo'n 2.500 eigen koeriers en ruim 18.000 aangesloten restaurants.

Prosus, dat voor 43 procent in handen is van het Zuid-Afrikaanse Naspers, sluit zijn boekjaar eind maart af. Het concern boekte over boekjaar 2025 een kernwinst van 6,1 miljard dollar. Analisten van ABN Amro verwachten dat de kostenbesparingen kunnen oplopen tot 200 miljoen euro per jaar.

Topman Jitse Groen verdient met zijn aandelen ruim 350 miljoen euro aan de deal. Het aandeel Just Eat Takeaway steeg maandag op het Damrak 1,2 procent tot 20,12 euro.
"""
PR, JET = "prosus", "just-eat-takeaway"
items = [
 C("Prosus", PR), C("Just Eat Takeaway", JET),
 C("Just Eat Takeaway", JET), C("Prosus", PR), C("Prosus", PR), C("Delivery Hero", "delivery-hero"),
 C("Prosus", PR, "pr"), M("20,30 euro", "20.30", "EUR", "ps"), M("4,1 miljard euro", "4.1e9", "EUR", "tot"),
 P("27,4 procent", "27.4", "dh"), C("Delivery Hero", "delivery-hero"),
 C("Just Eat Takeaway", JET, "j"), C("Thuisbezorgd.nl", "thuisbezorgd-nl"), C("Lieferando", "lieferando"),
 M("3,6 miljard euro", "3.6e9", "EUR", "rev"), P("2 procent", 2, "g"),
 M("450 miljoen euro", "450e6", "EUR", "ebitda"),
 C("YipitData", "yipitdata"), C("Lieferando", "lieferando", "lf"), P("85 procent", 85, "ms"),
 C("Statista", "statista"), M("40 miljard euro", "40e9", "EUR"),
 C("Grubhub", "grubhub"), C("Just Eat Takeaway", JET, "j_gh"), M("7,3 miljard dollar", "7.3e9", "USD", "gh"),
 M("650 miljoen dollar", "650e6", "USD", "gh2"), C("Wonder", "wonder", "wonder"), C("Thuisbezorgd.nl", "thuisbezorgd-nl"),
 C("Prosus", PR), P("43 procent", 43, "nasp_st"), C("Naspers", "naspers", "nasp"),
 M("6,1 miljard dollar", "6.1e9", "USD", "core"),
 C("ABN Amro", "abn-amro"), M("200 miljoen euro", "200e6", "EUR"),
 M("350 miljoen euro", "350e6", "EUR"),
 C("Just Eat Takeaway", JET, "j_sh"), P("1,2 procent", "1.2", "sh"), M("20,12 euro", "20.12", "EUR", "px"),
]
claims = [
 ("pr", "ps", "investment", None, "sentence"),
 ("pr", "tot", "investment", None, "sentence"),
 (PR, "dh", "other", None, "coref"),
 ("j", "rev", "revenue", "2024", "sentence"),
 ("j", "g", "revenue_growth", "2024", "sentence"),
 (JET, "ebitda", "profit", "2024", "coref"),
 ("lf", "ms", "market_share", None, "sentence"),
 ("j_gh", "gh", "investment", "2021", "sentence"),
 ("wonder", "gh2", "investment", None, "sentence"),
 ("nasp", "nasp_st", "other", None, "sentence"),
 (PR, "core", "profit", "2025", "coref"),
 ("j_sh", "sh", "other", None, "sentence"),
 ("j_sh", "px", "other", None, "sentence"),
]
build(OUT, "nl_005_prosus_just_eat", T, "nl", None, items, claims)
