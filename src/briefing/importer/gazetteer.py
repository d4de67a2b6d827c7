"""Countries, their other names, demonyms and main cities, to place people and visits.

One line per country: ``Name | other names | demonyms | cities``, lists separated by
``;``. The table ships with the code, so importing needs no download; a city missing
here only means the importer cannot tell which country it is in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TABLE = """
Afghanistan | | Afghan | Kabul
Albania | | Albanian | Tirana
Algeria | | Algerian | Algiers
Andorra | | Andorran | Andorra la Vella
Angola | | Angolan | Luanda
Argentina | Argentine Republic | Argentine;Argentinian | Buenos Aires
Armenia | | Armenian | Yerevan
Australia | | Australian | Canberra;Sydney;Melbourne;Perth
Austria | | Austrian | Vienna
Azerbaijan | Republic of Azerbaijan | Azerbaijani;Azeri | Baku;Shusha;Ganja;Sumgait;Nakhchivan
Bahrain | Kingdom of Bahrain | Bahraini | Manama
Bangladesh | | Bangladeshi | Dhaka
Belarus | | Belarusian | Minsk
Belgium | | Belgian | Brussels
Benin | | Beninese | Porto-Novo;Cotonou
Bhutan | | Bhutanese | Thimphu
Bolivia | | Bolivian | La Paz;Sucre
Bosnia and Herzegovina | Bosnia | Bosnian | Sarajevo
Botswana | | Motswana;Botswanan | Gaborone
Brazil | | Brazilian | Brasilia;Brasília;Rio de Janeiro;Sao Paulo;São Paulo
Brunei | Brunei Darussalam | Bruneian | Bandar Seri Begawan
Bulgaria | | Bulgarian | Sofia
Burkina Faso | | Burkinabe | Ouagadougou
Burundi | | Burundian | Gitega;Bujumbura
Cambodia | | Cambodian | Phnom Penh
Cameroon | | Cameroonian | Yaounde;Yaoundé
Canada | | Canadian | Ottawa;Toronto;Montreal
Chad | | Chadian | N'Djamena
Chile | | Chilean | Santiago
China | People's Republic of China;PRC | Chinese | Beijing;Shanghai;Guangzhou;Chengdu;Shenzhen
Colombia | | Colombian | Bogota;Bogotá
Congo | Republic of the Congo | Congolese | Brazzaville
Costa Rica | | Costa Rican | San Jose;San José
Croatia | | Croatian | Zagreb
Cuba | | Cuban | Havana
Cyprus | | Cypriot | Nicosia
Czech Republic | Czechia | Czech | Prague;Brno
Democratic Republic of the Congo | DR Congo;DRC | | Kinshasa
Denmark | | Danish | Copenhagen
Djibouti | | Djiboutian | Djibouti City
Dominican Republic | | Dominican | Santo Domingo
Ecuador | | Ecuadorian | Quito
Egypt | Arab Republic of Egypt | Egyptian | Cairo;Alexandria;Sharm el-Sheikh
El Salvador | | Salvadoran | San Salvador
Eritrea | | Eritrean | Asmara
Estonia | | Estonian | Tallinn
Eswatini | Swaziland | Swazi | Mbabane
Ethiopia | | Ethiopian | Addis Ababa
Finland | | Finnish | Helsinki
France | French Republic | French | Paris
Gabon | | Gabonese | Libreville
Gambia | The Gambia | Gambian | Banjul
Georgia | | Georgian | Tbilisi;Batumi
Germany | Federal Republic of Germany | German | Berlin;Bonn;Munich;Frankfurt
Ghana | | Ghanaian | Accra
Greece | Hellenic Republic | Greek | Athens
Guatemala | | Guatemalan | Guatemala City
Guinea | | Guinean | Conakry
Haiti | | Haitian | Port-au-Prince
Holy See | Vatican;Vatican City | |
Honduras | | Honduran | Tegucigalpa
Hungary | | Hungarian | Budapest
Iceland | | Icelandic | Reykjavik
India | Republic of India | Indian | New Delhi;Delhi;Mumbai;Kolkata;Chennai
Indonesia | | Indonesian | Jakarta;Bali
Iran | Islamic Republic of Iran | Iranian | Tehran;Isfahan;Mashhad
Iraq | Republic of Iraq | Iraqi | Baghdad;Erbil;Basra;Najaf
Ireland | | Irish | Dublin
Israel | | Israeli | Jerusalem;Tel Aviv
Italy | Italian Republic | Italian | Rome;Milan
Ivory Coast | Cote d'Ivoire;Côte d'Ivoire | Ivorian | Yamoussoukro;Abidjan
Jamaica | | Jamaican | Kingston
Japan | | Japanese | Tokyo;Osaka
Jordan | Hashemite Kingdom of Jordan | Jordanian | Amman
Kazakhstan | Republic of Kazakhstan | Kazakh;Kazakhstani | Astana;Nur-Sultan;Almaty;Shymkent
Kenya | | Kenyan | Nairobi
Kuwait | State of Kuwait | Kuwaiti | Kuwait City
Kyrgyzstan | Kyrgyz Republic | Kyrgyz | Bishkek
Laos | People's Democratic Republic of Laos;Lao PDR | Lao;Laotian | Vientiane
Latvia | | Latvian | Riga
Lebanon | | Lebanese | Beirut
Lesotho | | Basotho | Maseru
Liberia | | Liberian | Monrovia
Libya | | Libyan | Tripoli;Benghazi
Liechtenstein | | | Vaduz
Lithuania | | Lithuanian | Vilnius
Luxembourg | | Luxembourgish |
Madagascar | | Malagasy | Antananarivo
Malawi | | Malawian | Lilongwe
Malaysia | | Malaysian | Kuala Lumpur;Putrajaya
Maldives | | Maldivian | Male;Malé
Mali | | Malian | Bamako
Malta | | Maltese | Valletta
Mauritania | Islamic Republic of Mauritania | Mauritanian | Nouakchott
Mauritius | | Mauritian | Port Louis
Mexico | | Mexican | Mexico City
Moldova | Republic of Moldova | Moldovan | Chisinau;Chișinău
Monaco | | Monegasque |
Mongolia | | Mongolian | Ulaanbaatar
Montenegro | | Montenegrin | Podgorica
Morocco | Kingdom of Morocco | Moroccan | Rabat;Casablanca;Marrakesh
Mozambique | | Mozambican | Maputo
Myanmar | Burma | Myanmar | Naypyidaw;Yangon
Namibia | | Namibian | Windhoek
Nepal | | Nepali;Nepalese | Kathmandu
Netherlands | Holland | Dutch | Amsterdam;The Hague
New Zealand | | New Zealand | Wellington;Auckland
Nicaragua | | Nicaraguan | Managua
Niger | | Nigerien | Niamey
Nigeria | | Nigerian | Abuja;Lagos
North Korea | DPRK;Democratic People's Republic of Korea | North Korean | Pyongyang
North Macedonia | Macedonia | Macedonian | Skopje
Norway | | Norwegian | Oslo
Oman | Sultanate of Oman | Omani | Muscat
Pakistan | Islamic Republic of Pakistan | Pakistani | Islamabad;Karachi;Lahore
Palestine | State of Palestine | Palestinian | Ramallah;Gaza
Panama | | Panamanian | Panama City
Paraguay | | Paraguayan | Asuncion;Asunción
Peru | | Peruvian | Lima
Philippines | | Philippine;Filipino | Manila
Poland | | Polish | Warsaw;Krakow
Portugal | | Portuguese | Lisbon
Qatar | State of Qatar | Qatari | Doha
Romania | | Romanian | Bucharest
Russia | Russian Federation | Russian | Moscow;Saint Petersburg;St. Petersburg;Kazan;Sochi;Tatarstan
Rwanda | | Rwandan | Kigali
Saudi Arabia | Kingdom of Saudi Arabia | Saudi | Riyadh;Jeddah;Mecca;Medina
Senegal | | Senegalese | Dakar
Serbia | | Serbian | Belgrade
Singapore | | Singaporean |
Slovakia | Slovak Republic | Slovak | Bratislava
Slovenia | | Slovenian;Slovene | Ljubljana
Somalia | | Somali | Mogadishu
South Africa | | South African | Pretoria;Cape Town;Johannesburg
South Korea | Republic of Korea;Korea | South Korean;Korean | Seoul;Busan
South Sudan | | South Sudanese | Juba
Spain | Kingdom of Spain | Spanish | Madrid;Barcelona
Sri Lanka | | Sri Lankan | Colombo;Sri Jayawardenepura Kotte
Sudan | | Sudanese | Khartoum;Port Sudan
Sweden | | Swedish | Stockholm
Switzerland | Swiss Confederation | Swiss | Bern;Geneva;Zurich;Davos;Lausanne
Syria | Syrian Arab Republic | Syrian | Damascus
Taiwan | | Taiwanese | Taipei
Tajikistan | Republic of Tajikistan | Tajik | Dushanbe
Tanzania | | Tanzanian | Dodoma;Dar es Salaam
Thailand | | Thai | Bangkok
Tunisia | | Tunisian | Tunis
Turkey | Türkiye;Turkiye;Republic of Turkey | Turkish | Ankara;Istanbul;Antalya;Izmir
Turkmenistan | | Turkmen | Ashgabat
Uganda | | Ugandan | Kampala
Ukraine | | Ukrainian | Kyiv;Kiev;Odesa;Lviv
United Arab Emirates | UAE;Emirates | Emirati | Abu Dhabi;Dubai
United Kingdom | UK;U.K.;Britain;Great Britain | British | London;Edinburgh
United States | US;U.S.;USA;U.S.A.;United States of America | American | Washington;New York
Uruguay | | Uruguayan | Montevideo
Uzbekistan | Republic of Uzbekistan | Uzbek | Tashkent;Samarkand;Bukhara
Venezuela | | Venezuelan | Caracas
Vietnam | Viet Nam;Socialist Republic of Viet Nam | Vietnamese | Hanoi;Ho Chi Minh City;Da Nang
Yemen | | Yemeni | Sanaa;Aden
Zambia | | Zambian | Lusaka
Zimbabwe | | Zimbabwean | Harare
"""


@dataclass(frozen=True)
class Place:
    """What a name refers to: a country itself, its people (demonym) or one of its cities."""

    country: str
    kind: str
    """``country``, ``demonym`` or ``city``."""


def _build() -> dict[str, Place]:
    index: dict[str, Place] = {}
    for line in _TABLE.strip().splitlines():
        name, others, demonyms, cities = (part.strip() for part in line.split("|"))
        for alias in [name, *filter(None, others.split(";"))]:
            alias = alias.replace("’", "'")
            index.setdefault(alias.lower(), Place(name, "country"))
        for demonym in filter(None, demonyms.split(";")):
            index.setdefault(demonym.lower(), Place(name, "demonym"))
        for city in filter(None, cities.split(";")):
            index.setdefault(city.lower(), Place(name, "city"))
    return index


PLACES = _build()


def lookup(name: str) -> Place | None:
    """The place a name (or a possessive such as ``Iraq’s``) refers to, if known."""
    key = re.sub(r"[’']s$", "", name.strip().replace("’", "'")).lower()
    key = re.sub(r"^the ", "", key)
    return PLACES.get(key)


def country_of(name: str) -> str | None:
    place = lookup(name)
    return place.country if place else None


def is_place_word(word: str) -> bool:
    """True when one word (e.g. ``Baghdad``, ``Russian``) names or qualifies a place."""
    if lookup(word) is not None:
        return True
    return bool(re.fullmatch(r"[A-Z][a-z]+stan", word))
