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
Antigua and Barbuda | | Antiguan |
Argentina | Argentine Republic | Argentine;Argentinian | Buenos Aires
Armenia | | Armenian | Yerevan
Australia | | Australian | Canberra;Sydney;Melbourne;Perth
Austria | | Austrian | Vienna
Azerbaijan | Republic of Azerbaijan | Azerbaijani;Azeri | Baku;Shusha;Ganja;Sumgait;Nakhchivan
Bahamas | The Bahamas;Commonwealth of The Bahamas | Bahamian | Nassau
Bahrain | Kingdom of Bahrain | Bahraini | Manama
Bangladesh | | Bangladeshi | Dhaka
Barbados | | Barbadian;Bajan | Bridgetown
Belarus | | Belarusian | Minsk
Belgium | | Belgian | Brussels
Belize | | Belizean | Belmopan;Belize City
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
Cabo Verde | Cape Verde | Cabo Verdean;Cape Verdean | Praia
Cambodia | | Cambodian | Phnom Penh
Cameroon | | Cameroonian | Yaounde;Yaoundé
Canada | | Canadian | Ottawa;Toronto;Montreal
Central African Republic | | Central African | Bangui
Chad | | Chadian | N'Djamena
Chile | | Chilean | Santiago
China | People's Republic of China;PRC | Chinese | Beijing;Shanghai;Guangzhou;Chengdu;Shenzhen
Colombia | | Colombian | Bogota;Bogotá
Comoros | Union of the Comoros | Comorian | Moroni
Congo | Republic of the Congo | Congolese | Brazzaville
Costa Rica | | Costa Rican | San Jose;San José
Croatia | | Croatian | Zagreb
Cuba | | Cuban | Havana
Cyprus | | Cypriot | Nicosia
Czech Republic | Czechia | Czech | Prague;Brno
Democratic Republic of the Congo | DR Congo;DRC | | Kinshasa
Denmark | | Danish | Copenhagen
Djibouti | | Djiboutian | Djibouti City
Dominica | Commonwealth of Dominica | | Roseau
Dominican Republic | | Dominican | Santo Domingo
Ecuador | | Ecuadorian | Quito
Egypt | Arab Republic of Egypt | Egyptian | Cairo;Alexandria;Sharm el-Sheikh
El Salvador | | Salvadoran | San Salvador
Equatorial Guinea | | Equatorial Guinean;Equatoguinean | Malabo
Eritrea | | Eritrean | Asmara
Estonia | | Estonian | Tallinn
Eswatini | Swaziland | Swazi | Mbabane
Ethiopia | | Ethiopian | Addis Ababa
Fiji | Republic of Fiji | Fijian | Suva;Nadi
Finland | | Finnish | Helsinki
France | French Republic | French | Paris;Strasbourg;Marseille;Lyon
Gabon | | Gabonese | Libreville
Gambia | The Gambia | Gambian | Banjul
Georgia | | Georgian | Tbilisi;Batumi
Germany | Federal Republic of Germany | German | Berlin;Bonn;Munich;Frankfurt
Ghana | | Ghanaian | Accra
Greece | Hellenic Republic | Greek | Athens
Grenada | | Grenadian |
Guatemala | | Guatemalan | Guatemala City
Guinea | | Guinean | Conakry
Guinea-Bissau | | Bissau-Guinean | Bissau
Guyana | Co-operative Republic of Guyana | Guyanese | Georgetown
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
Kiribati | | I-Kiribati | Tarawa;South Tarawa
Kosovo | Republic of Kosovo | Kosovar;Kosovan | Pristina;Prishtina
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
Marshall Islands | | Marshallese | Majuro
Mauritania | Islamic Republic of Mauritania | Mauritanian | Nouakchott
Mauritius | | Mauritian | Port Louis
Mexico | | Mexican | Mexico City
Micronesia | Federated States of Micronesia | Micronesian | Palikir
Moldova | Republic of Moldova | Moldovan | Chisinau;Chișinău
Monaco | | Monegasque |
Mongolia | | Mongolian | Ulaanbaatar
Montenegro | | Montenegrin | Podgorica
Morocco | Kingdom of Morocco | Moroccan | Rabat;Casablanca;Marrakesh
Mozambique | | Mozambican | Maputo
Myanmar | Burma | Myanmar | Naypyidaw;Nay Pyi Taw;Naypyitaw;Yangon
Namibia | | Namibian | Windhoek
Nauru | | Nauruan | Yaren
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
Palau | | Palauan | Ngerulmud;Koror
Palestine | State of Palestine | Palestinian | Ramallah;Gaza
Panama | | Panamanian | Panama City
Papua New Guinea | PNG | Papua New Guinean | Port Moresby;Lae
Paraguay | | Paraguayan | Asuncion;Asunción
Peru | | Peruvian | Lima
Philippines | | Philippine;Filipino | Manila
Poland | | Polish | Warsaw;Krakow
Portugal | | Portuguese | Lisbon
Qatar | State of Qatar | Qatari | Doha
Romania | | Romanian | Bucharest
Russia | Russian Federation | Russian | Moscow;Saint Petersburg;St. Petersburg;Kazan;Sochi;Tatarstan
Rwanda | | Rwandan | Kigali
Saint Kitts and Nevis | St Kitts and Nevis;St. Kitts and Nevis | Kittitian | Basseterre
Saint Lucia | St Lucia;St. Lucia | Saint Lucian;St Lucian | Castries
Saint Vincent and the Grenadines | St Vincent and the Grenadines | Vincentian | Kingstown
Samoa | Independent State of Samoa | Samoan | Apia
San Marino | | Sammarinese |
Sao Tome and Principe | São Tomé and Príncipe | Santomean | São Tomé;Sao Tome
Saudi Arabia | Kingdom of Saudi Arabia;KSA | Saudi | Riyadh;Jeddah;Mecca;Medina
Senegal | | Senegalese | Dakar
Serbia | | Serbian | Belgrade
Seychelles | | Seychellois |
Sierra Leone | | Sierra Leonean | Freetown
Singapore | | Singaporean |
Slovakia | Slovak Republic | Slovak | Bratislava
Slovenia | | Slovenian;Slovene | Ljubljana
Solomon Islands | | Solomon Islander | Honiara
Somalia | | Somali | Mogadishu
South Africa | | South African | Pretoria;Cape Town;Johannesburg
South Korea | Republic of Korea;ROK;Korea | South Korean;Korean | Seoul;Busan
South Sudan | | South Sudanese | Juba
Spain | Kingdom of Spain | Spanish | Madrid;Barcelona
Sri Lanka | | Sri Lankan | Colombo;Sri Jayawardenepura Kotte
Sudan | | Sudanese | Khartoum;Port Sudan
Suriname | | Surinamese | Paramaribo
Sweden | | Swedish | Stockholm
Switzerland | Swiss Confederation | Swiss | Bern;Geneva;Zurich;Davos;Lausanne
Syria | Syrian Arab Republic | Syrian | Damascus
Taiwan | | Taiwanese | Taipei
Tajikistan | Republic of Tajikistan | Tajik | Dushanbe
Tanzania | | Tanzanian | Dodoma;Dar es Salaam
Thailand | | Thai | Bangkok
Timor-Leste | East Timor | Timorese | Dili
Togo | | Togolese | Lomé;Lome
Tonga | | Tongan | Nuku'alofa
Trinidad and Tobago | | Trinidadian;Tobagonian | Port of Spain;Port-of-Spain
Tunisia | | Tunisian | Tunis
Turkey | Türkiye;Turkiye;Republic of Turkey | Turkish | Ankara;Istanbul;Antalya;Izmir
Turkmenistan | | Turkmen | Ashgabat
Tuvalu | | Tuvaluan | Funafuti
Uganda | | Ugandan | Kampala
Ukraine | | Ukrainian | Kyiv;Kiev;Odesa;Lviv
United Arab Emirates | UAE;U.A.E.;Emirates | Emirati | Abu Dhabi;Dubai
United Kingdom | UK;U.K.;Britain;Great Britain | British | London;Edinburgh
United States | US;U.S.;USA;U.S.A.;United States of America | American | Washington;New York
Uruguay | | Uruguayan | Montevideo
Uzbekistan | Republic of Uzbekistan | Uzbek | Tashkent;Samarkand;Bukhara
Vanuatu | | Ni-Vanuatu | Port Vila
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
