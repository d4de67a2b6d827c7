"""Kinds of reporting the rules once got wrong, each in a short article written for the
development part (none is taken from the test part of the evaluation)."""

from __future__ import annotations

from datetime import date
from typing import Any

from briefing.importer import draft_from_text
from briefing.importer.people import find_people


def draft(text: str) -> dict[str, Any]:
    data: dict[str, Any] = draft_from_text(text, today=date(2000, 1, 1)).data
    return data


def counterparts(data: dict[str, Any]) -> list[list[str]]:
    return [[c["name"] for c in m["counterparts"]] for m in data["meetings"]]


def test_a_host_first_lead_makes_the_received_the_principal() -> None:
    data = draft(
        "Sri Lanka's President receives Pakistan's Minister of State\n\n"
        "COLOMBO, March 5, 2024 - Sri Lanka's President Ranil Wickremesinghe received "
        "Pakistan's Minister of State for Foreign Affairs Hina Rabbani Khar at the "
        "Presidential Secretariat on Monday. The two sides discussed trade and regional "
        "cooperation. Khar also met Foreign Minister Ali Sabry."
    )

    visit = data["visit"]
    assert visit["principal"]["name"] == "Hina Rabbani Khar"
    assert visit["host_country"] == "Sri Lanka"
    assert counterparts(data) == [["Ranil Wickremesinghe"], ["Ali Sabry"]]
    assert visit["start"] == "2024-03-04"  # the Monday before the dateline's Tuesday


def test_a_weekday_and_a_length_against_a_dateline_give_the_visit_s_days() -> None:
    data = draft(
        "Minister begins visit\n\n"
        "ISLAMABAD, Wednesday, 2 August 2023 - Iranian Foreign Minister Hossein Amir "
        "Abdollahian arrived on Tuesday for a two-day visit to Pakistan, accompanied by "
        "Deputy Foreign Minister Ali Bagheri Kani. He met Foreign Minister Bilawal Bhutto "
        "Zardari."
    )

    visit = data["visit"]
    assert (visit["start"], visit["end"]) == ("2023-08-01", "2023-08-02")
    assert [p["name"] for p in visit["delegation"]] == ["Ali Bagheri Kani"]
    assert counterparts(data) == [["Bilawal Bhutto Zardari"]]


def test_a_list_of_people_met_keeps_a_first_name_that_is_also_a_place() -> None:
    data = draft(
        "Minister visits Kenya\n\n"
        "NAIROBI, 12 June 2023 - Foreign Minister Jane Doe of Ruritania arrived in Nairobi "
        "on Monday for a two-day visit. She held talks with Kenyan Foreign Minister Alfred "
        "Mutua. She also met Trade Minister Moses Kuria, Interior Minister Kithure Kindiki "
        "and Defence Minister Aden Duale."
    )

    assert counterparts(data) == [
        ["Alfred Mutua"],
        ["Moses Kuria"],
        ["Kithure Kindiki"],
        ["Aden Duale"],
    ]
    assert (data["visit"]["start"], data["visit"]["end"]) == ("2023-06-12", "2023-06-13")


def test_a_royal_title_keeps_its_territorial_designation() -> None:
    data = draft(
        "Visit to London\n\n"
        "LONDON, 3 May 2022 - The visiting Foreign Minister of Oman, Sayyid Badr Albusaidi, "
        "met Prince Michael of Kent at Kensington Palace on Tuesday. He also held talks "
        "with Foreign Secretary Liz Truss."
    )

    assert counterparts(data) == [["Michael of Kent"], ["Liz Truss"]]
    assert data["meetings"][0]["counterparts"][0]["title"] == "Prince"


def test_a_readout_whose_subject_travelled_or_met_names_the_principal() -> None:
    travelled = draft(
        "Deputy Secretary Sherman's Travel to India\n\nOctober 7, 2021\n\n"
        "Deputy Secretary of State Wendy R. Sherman traveled to New Delhi on Wednesday, "
        "where she met with Indian Foreign Secretary Harsh Vardhan Shringla. She also met "
        "National Security Advisor Ajit Doval."
    )
    met = draft(
        "Secretary Blinken's Meeting with Saudi Crown Prince\n\nJune 7, 2023\n\n"
        "Secretary of State Antony J. Blinken met with Saudi Crown Prince Mohammed bin "
        "Salman in Jeddah today. The Secretary and the Crown Prince discussed regional "
        "security."
    )

    assert travelled["visit"]["principal"]["name"] == "Wendy R. Sherman"
    assert travelled["visit"]["host_country"] == "India"
    assert counterparts(travelled) == [["Harsh Vardhan Shringla"], ["Ajit Doval"]]
    assert met["visit"]["principal"]["name"] == "Antony J. Blinken"
    assert counterparts(met) == [["Mohammed bin Salman"]]
    assert met["visit"]["start"] == "2023-06-07"


def test_a_host_who_hosted_his_counterpart_is_met_and_lends_his_title() -> None:
    data = draft(
        "Kazakh FM hosts Hungarian counterpart\n\n"
        "ASTANA, 14 March 2022 - Kazakh Foreign Minister Mukhtar Tileuberdi hosted his "
        "Hungarian counterpart Peter Szijjarto in Astana on Monday. Szijjarto is on a "
        "two-day working visit to Kazakhstan."
    )

    principal = data["visit"]["principal"]
    assert (principal["name"], principal["title"]) == ("Peter Szijjarto", "Foreign Minister")
    assert counterparts(data) == [["Mukhtar Tileuberdi"]]
    assert data["visit"]["host_country"] == "Kazakhstan"


def test_a_visit_of_someone_came_to_or_on_a_day_of_a_trip_names_the_visitor() -> None:
    visit_of = draft(
        "Ministries sign plan\n\nASTANA, 11 April 2023 - The ministries signed a plan "
        "during the official visit to Russia of Kazakh Foreign Minister Murat Nurtleu, who "
        "held talks with Russian Foreign Minister Sergey Lavrov."
    )
    came = draft(
        "Minister in Bishkek\n\nBISHKEK, 3 November 2022 - Vladimir Norov, Minister of "
        "Foreign Affairs of Uzbekistan, came to Bishkek today for an official visit. He "
        "met Foreign Minister Jeenbek Kulubaev."
    )
    day_of = draft(
        "Talks in Tehran\n\nTEHRAN, 26 September 2020 - Iraqi Foreign Minister Fuad Hussein "
        "held talks with Iranian President Hassan Rouhani on the opening day of his two-day "
        "trip to Tehran."
    )

    assert visit_of["visit"]["principal"]["name"] == "Murat Nurtleu"
    assert counterparts(visit_of) == [["Sergey Lavrov"]]
    assert came["visit"]["principal"]["name"] == "Vladimir Norov"
    assert counterparts(came) == [["Jeenbek Kulubaev"]]
    assert day_of["visit"]["principal"]["name"] == "Fuad Hussein"
    assert counterparts(day_of) == [["Hassan Rouhani"]]


def test_sitting_down_with_someone_is_a_meeting() -> None:
    data = draft(
        "Ministers meet in Munich\n\nMUNICH, 15 February 2020 - Visiting Indian Foreign "
        "Minister Subrahmanyam Jaishankar sat down with Japanese Foreign Minister Toshimitsu "
        "Motegi on the sidelines of the conference."
    )

    assert data["visit"]["principal"]["name"] == "Subrahmanyam Jaishankar"
    assert counterparts(data) == [["Toshimitsu Motegi"]]


def test_a_surname_matches_its_full_name_whatever_the_case_of_its_prefix() -> None:
    data = draft(
        "Speakers meet\n\nTEHRAN, 27 April 2022 - Iranian Parliament Speaker Mohammad "
        "Bagher Ghalibaf met his Iraqi counterpart Mohammed al-Halbousi in Tehran on "
        "Wednesday.\n\nAli Nikzad, Deputy Speaker of the Iranian Parliament, greeted "
        "Al-Halbousi when he arrived in Tehran."
    )

    assert data["visit"]["principal"]["name"] == "Mohammed al-Halbousi"
    assert counterparts(data) == [["Mohammad Bagher Ghalibaf"]]


def test_a_call_paid_on_someone_and_a_meeting_held_with_someone_are_meetings() -> None:
    call = draft(
        "Call on the Minister\n\n23 March 2019\n\nSong Tao, Minister of the International "
        "Department of the Communist Party of China, today paid a call on Singapore's "
        "Minister for Foreign Affairs Vivian Balakrishnan."
    )
    held = draft(
        "Ministers meet\n\n6 December 2023\n\nThai Foreign Minister Parnpree "
        "Bahiddha-Nukara held a meeting on 6 December 2023 with Chinese Foreign Minister "
        "Wang Yi in Beijing."
    )

    assert counterparts(call) == [["Vivian Balakrishnan"]]
    assert held["visit"]["principal"]["name"] == "Parnpree Bahiddha-Nukara"
    assert counterparts(held) == [["Wang Yi"]]


def test_a_visitor_named_later_by_country_and_title_is_the_principal() -> None:
    data = draft(
        "Presidents hold talks\n\n"
        "ROME, Friday, 12 May 2023 (Agency) – President Sergio Mattarella held talks with "
        "his Chilean counterpart, Gabriel Boric, at the Quirinal Palace.\n\n"
        "Heading a large delegation, the Chilean president started a two-day state visit "
        "to Italy on Friday morning."
    )

    visit = data["visit"]
    assert visit["principal"]["name"] == "Gabriel Boric"
    assert visit["host_country"] == "Italy"
    assert counterparts(data) == [["Sergio Mattarella"]]
    assert (visit["start"], visit["end"]) == ("2023-05-12", "2023-05-13")


def test_a_host_s_forthcoming_trip_is_not_the_visit() -> None:
    data = draft(
        "Envoy calls on President\n\n"
        "Japan's Deputy Minister Kenji Sato paid a call on Kenyan President William Ruto on "
        "Monday (June 5).\n\n"
        "The Japanese deputy minister reached Nairobi on Sunday, beginning a visit of three "
        "days meant to prepare Ruto's forthcoming trip to Tokyo."
    )

    assert data["visit"]["principal"]["name"] == "Kenji Sato"
    assert counterparts(data) == [["William Ruto"]]


def test_talks_of_one_minister_with_another_and_a_numeric_dateline() -> None:
    data = draft(
        "Ministers meet in Tartu\n\nRead also\n\n"
        "TARTU, 14.09.2023 /ERR/. On the agenda were bilateral talks of the Minister of "
        "Foreign Affairs of Finland, Elina Valtonen, with her Estonian opposite number, "
        "Minister of Foreign Affairs Margus Tsahkna."
    )

    assert data["visit"]["principal"]["name"] == "Elina Valtonen"
    assert counterparts(data) == [["Margus Tsahkna"]]
    assert data["visit"]["start"] == "2023-09-14"


def test_a_minister_who_set_off_for_a_capital_is_the_visitor() -> None:
    data = draft(
        "Minister in Amman\n\n 2 March 2022\n\n"
        "CAIRO - Egyptian Foreign Minister Sameh Shoukry set off from Cairo for the "
        "Jordanian capital, Amman, on Wednesday. Shortly after landing he sat down with "
        "Jordanian Prime Minister Bisher Al-Khasawneh."
    )

    visit = data["visit"]
    assert visit["principal"]["name"] == "Sameh Shoukry"
    assert visit["host_country"] == "Jordan"
    assert counterparts(data) == [["Bisher Al-Khasawneh"]]


def test_a_visit_brought_to_a_close_names_its_visitor() -> None:
    data = draft(
        "Secretary-General leaves\n\n4 November 2023\n\n"
        "United Nations Secretary-General Antonio Guterres flew back to New York on "
        "Wednesday, bringing his four-day official visit to Nepal to a close. During his "
        "stay he paid separate calls on President Ram Chandra Paudel and Prime Minister "
        "Pushpa Kamal Dahal."
    )

    assert data["visit"]["principal"]["name"] == "Antonio Guterres"
    assert data["visit"]["host_country"] == "Nepal"


def test_whom_a_host_was_pleased_to_host_is_the_visitor() -> None:
    data = draft(
        "Vice president meets Party official\n\n"
        "Havana, Aug 23 (Prensa Latina) Vice President Salvador Valdés held a meeting with "
        "Nguyen Trong Nghia, head of the Commission for Propaganda and Education of "
        "Vietnam's Communist Party.\n\n"
        "Valdés said he was pleased to host Nguyen Trong Nghia on his first trip to Cuba."
    )

    assert data["visit"]["principal"]["name"] == "Nguyen Trong Nghia"
    assert counterparts(data) == [["Salvador Valdés"]]


def test_korean_given_names_keep_their_second_syllable() -> None:
    data = draft(
        "Ministers meet\n\n2020-02-15\n\n"
        "While attending the Munich Security Conference, Minister of Foreign Affairs Kang, "
        "Kyung-wha sat down with Japan's Minister for Foreign Affairs Toshimitsu Motegi on "
        "15 February 2020. Later, First Vice Minister Choi Jong-kun met Deputy Secretary "
        "Stephen Biegun."
    )

    deputy = "Later, First Vice Minister Choi Jong-kun met Deputy Secretary Stephen Biegun."
    assert data["visit"]["principal"]["name"] == "Kang, Kyung-wha"
    assert [m.name for m in find_people(deputy)] == ["Choi Jong-kun", "Stephen Biegun"]
    assert counterparts(data) == [["Toshimitsu Motegi"]]  # the deputy's meeting is his own


def test_separate_meetings_and_separate_calls_are_one_meeting_each() -> None:
    data = draft(
        "Secretary-General's programme\n\n1 November 2023\n\n"
        "United Nations Secretary-General Antonio Guterres arrived in Kathmandu on "
        "Sunday for an official visit. He paid separate calls on President Ram Chandra "
        "Paudel and Prime Minister Pushpa Kamal Dahal. He also had separate meetings "
        "with former Prime Minister Sher Bahadur Deuba, Speaker Devraj Ghimire and the "
        "two deputy prime ministers, Purna Bahadur Khadka and Narayan Kaji Shrestha."
    )

    assert counterparts(data) == [
        ["Ram Chandra Paudel"],
        ["Pushpa Kamal Dahal"],
        ["Sher Bahadur Deuba"],
        ["Devraj Ghimire"],
        ["Purna Bahadur Khadka"],
        ["Narayan Kaji Shrestha"],
    ]


def test_two_word_demonyms_give_the_country_not_half_a_title() -> None:
    data = draft(
        "Ministers meet\n\n12 March 2024\n\n"
        "New Zealand Foreign Minister Winston Peters met Sri Lankan President Ranil "
        "Wickremesinghe in Colombo on 12 March 2024."
    )

    (meeting,) = data["meetings"]
    (counterpart,) = meeting["counterparts"]
    assert (counterpart["name"], counterpart["title"]) == ("Ranil Wickremesinghe", "President")
    assert data["visit"]["principal"]["country"] == "New Zealand"
    assert data["visit"]["host_country"] == "Sri Lanka"


def test_a_host_who_met_someone_from_abroad_in_his_own_capital_is_not_the_visitor() -> None:
    data = draft(
        "President meets minister\n\n14 May 2019\n\n"
        "President William Ruto met Ghana's Foreign Minister Shirley Ayorkor Botchwey "
        "in Nairobi on Tuesday. Later, Foreign Minister Alie Kabba held a meeting with "
        "Ama Pomaa Boateng, Ghana's Minister of State for Regional Affairs."
    )

    visit = data["visit"]
    assert visit["principal"]["name"] == "Shirley Ayorkor Botchwey"
    assert visit["host_country"] == "Kenya"
    assert ["William Ruto"] in counterparts(data)


def test_hosts_of_lunches_audiences_and_administrators() -> None:
    lunch = draft(
        "Lunch at State House\n\n19 February 2022\n\n"
        "At State House today, President Wavel Ramkalawan was the host of a working lunch "
        "for Sheikh Dr Khalid bin Ahmed Al-Khalifa, Bahrain's Minister of State for "
        "External Affairs, who is on a two-day visit to Seychelles."
    )
    audience = draft(
        "Annual visit\n\n2023-04-26\n\n"
        "SINGAPORE – Maliki Osman, Minister in the Prime Minister's Office, was granted an "
        "audience with Sultan of Brunei Hassanal Bolkiah during his annual four-day Hari "
        "Raya visit to Brunei."
    )
    led = draft(
        "Delegation received\n\n23 October 2023\n\n"
        "On October 23, Kassym-Jomart Tokayev, President of Kazakhstan, met a US "
        "delegation led by USAID Administrator Samantha Power. Tokayev praised plans to "
        "host the 2nd Ordinary Session of the regional forum in Astana next year."
    )

    assert lunch["visit"]["principal"]["name"] == "Khalid bin Ahmed Al-Khalifa"
    assert audience["visit"]["principal"]["name"] == "Maliki Osman"
    assert counterparts(audience) == [["Hassanal Bolkiah"]]
    assert led["visit"]["principal"]["name"] == "Samantha Power"
    assert counterparts(led) == [["Kassym-Jomart Tokayev"]]


def test_talks_held_yesterday_between_a_host_and_a_visitor_and_a_reception_earlier() -> None:
    data = draft(
        "Speakers hold talks\n\n7 November 2018\n\n"
        "AMMAN: Official talks were held yesterday between Senate President Faisal "
        "al-Fayez and the visiting Speaker of the Moroccan House of Councillors Hakim "
        "Benchamach, who arrived on Monday for an official visit.\n\n"
        "Earlier yesterday, the visiting Speaker was received by Prime Minister Omar "
        "Razzaz."
    )

    assert data["visit"]["principal"]["name"] == "Hakim Benchamach"
    assert counterparts(data) == [["Faisal al-Fayez"], ["Omar Razzaz"]]


def test_talks_with_one_with_another_and_with_a_third_are_three_meetings() -> None:
    data = draft(
        "Minister in Baghdad\n\n24 August 2023\n\n"
        "Turkish Foreign Minister Hakan Fidan arrived in Baghdad on Tuesday for a "
        "three-day visit. Fidan held talks with his Iraqi counterpart Fuad Hussein, with "
        "Prime Minister Mohammed Shia al-Sudani and with President Abdul Latif Rashid."
    )

    assert counterparts(data) == [
        ["Fuad Hussein"],
        ["Mohammed Shia al-Sudani"],
        ["Abdul Latif Rashid"],
    ]


def test_a_trip_made_to_meet_someone_and_a_luncheon_in_someone_s_honour() -> None:
    trip = draft(
        "Minister in Moscow\n\n18 February 2014\n\n"
        "Latvia's Minister of Foreign Affairs Edgars Rinkevics travelled to Moscow on "
        "February 17-18, 2014, to meet his colleague, Minister of Foreign Affairs of the "
        "Russian Federation Sergey Lavrov."
    )
    luncheon = draft(
        "Minister in Apia\n\n2022-02-04\n\n"
        "New Zealand Foreign Minister Nanaia Mahuta arrived in Apia on Thursday for a "
        "two-day visit. On Friday, Prime Minister Fiame Naomi Mataafa held a luncheon at "
        "the museum in honour of the Minister and her delegation."
    )

    assert counterparts(trip) == [["Sergey Lavrov"]]
    assert counterparts(luncheon) == [["Fiame Naomi Mataafa"]]


def test_a_visit_s_days_from_datelines_bylines_ends_and_spans() -> None:
    today = draft(
        "Minister comes to Bishkek\n\n"
        "Bishkek, Nov. 3, 2022. /Kabar/. Vladimir Norov, Minister of Foreign Affairs of "
        "Uzbekistan, came to Bishkek today for an official visit."
    )
    byline = draft(
        "Prime Minister in Delhi\n\n01 August,2024 09:08 PM IST | Mumbai | mid-day online "
        "correspondent\n\nVietnamese Prime Minister Pham Minh Chinh reached Delhi on "
        "Tuesday for a three-day visit."
    )
    ended = draft(
        "Chairperson ends visit\n\nMoussa Faki Mahamat, Chairperson of the African Union "
        "Commission, wrapped up his two-day visit to Benin yesterday, 23 October 2018."
    )
    ran = draft(
        "Annual visit\n\n2023-04-26\n\nMaliki Osman, Minister in the Prime Minister's "
        "Office, was granted an audience with Sultan Hassanal Bolkiah of Brunei. The visit, "
        "which ran from Sunday to Wednesday, reaffirmed close ties."
    )
    was_in = draft(
        "Minister in Russia\n\nDUSHANBE, 25.02.2020. (NIAT Khovar) – Sirojiddin "
        "Muhriddin, Minister of Foreign Affairs of Tajikistan, was in Russia on a visit "
        "from February 24 to February 25."
    )

    def days(data: dict[str, Any]) -> tuple[str, str]:
        return data["visit"]["start"], data["visit"]["end"]

    assert days(today) == ("2022-11-03", "2022-11-03")
    assert days(byline) == ("2024-07-30", "2024-08-01")
    assert days(ended) == ("2018-10-22", "2018-10-23")
    assert days(ran) == ("2023-04-23", "2023-04-26")
    assert days(was_in) == ("2020-02-24", "2020-02-25")
    assert was_in["visit"]["principal"]["name"] == "Sirojiddin Muhriddin"


def test_trips_to_see_someone_courtesy_calls_being_paid_and_meetings_in_passing() -> None:
    trip = draft(
        "President confers with counterpart\n\n26 November 2018\n\n"
        "On Sunday, Togolese President Faure Gnassingbé made a brief trip to Accra to see "
        "his Ghanaian counterpart, Nana Addo Dankwa Akufo-Addo."
    )
    paying = draft(
        "Visiting minister\n\nPhnom Penh, August 30, 2018 —\n\nSong Tao, China's Minister "
        "of the International Department, praised the election while paying a courtesy "
        "call on Say Chhum, President of Cambodia's Senate, in Phnom Penh on Aug. 29."
    )
    passing = draft(
        "Presidents talk\n\n25 March 2018\n\nPresident Yoweri Museveni spoke to "
        "journalists after meeting Rwanda's President Paul Kagame, who is in Uganda on a "
        "one day working visit."
    )
    set_off = draft(
        "Minister in Beirut\n\nGeneral News of Wednesday, 9 August 2023\n\n"
        "On Monday, Shirley Ayorkor Botchwey, the Minister of Foreign Affairs, set off on "
        "a four-day official visit to Beirut, Lebanon."
    )

    assert trip["visit"]["principal"]["name"] == "Faure Gnassingbé"
    assert counterparts(trip) == [["Nana Addo Dankwa Akufo-Addo"]]
    assert paying["visit"]["principal"]["name"] == "Song Tao"
    assert counterparts(paying) == [["Say Chhum"]]
    assert passing["visit"]["principal"]["name"] == "Paul Kagame"
    assert counterparts(passing) == [["Yoweri Museveni"]]
    assert set_off["visit"]["principal"]["name"] == "Shirley Ayorkor Botchwey"
    assert set_off["visit"]["host_country"] == "Lebanon"


def test_first_days_from_other_sentences_about_the_visitor() -> None:
    arrived = draft(
        "Minister in Kuwait\n\nSunday, February 5, 2023\n\n"
        "Prince Faisal bin Farhan, who is in Kuwait on an official visit, was received "
        "on Sunday by Crown Prince Sheikh Mishal al-Ahmad al-Jaber al-Sabah. Prince "
        "Faisal bin Farhan had arrived in Kuwait on Saturday."
    )
    came = draft(
        "Minister in Luxembourg\n\n"
        "Edgars Rinkēvičs, the Minister of Foreign Affairs of Latvia, was in Luxembourg "
        "today on an official visit. Rinkēvičs came to Luxembourg on 18 October 2017 at "
        "the invitation of Jean Asselborn."
    )
    was_in = draft(
        "Roundtable in Tehran\n\n"
        "A delegation led by Ambassador Khalid Mahmood was in Tehran from July 22-27, "
        "2017 for the 14th joint roundtable."
    )
    answer = draft(
        "Written answers\n\nTuesday, 12 February 2019\n\n"
        "Minister for Foreign Affairs Simon Coveney answered.\n\nFrom 5 - 7 February I "
        "was in the United States for a programme of engagements. I met Secretary of State "
        "Mike Pompeo."
    )

    assert arrived["visit"]["start"] == "2023-02-04"
    assert came["visit"]["start"] == "2017-10-18"
    assert (was_in["visit"]["start"], was_in["visit"]["end"]) == ("2017-07-22", "2017-07-27")
    assert answer["visit"]["start"] == "2019-02-05"


def test_titles_keep_their_and_and_lose_styles_and_the_form_of_state() -> None:
    data = draft(
        "Ministers meet\n\n12 May 2022\n\n"
        "Edgars Rinkēvičs, the Minister of Foreign Affairs of the Republic of Latvia, met "
        "Syrian Foreign and Expatriates Minister Faisal Mikdad in Muscat on 12 May 2022. "
        "Later, His Majesty Sultan Haitham bin Tarik received Rinkēvičs."
    )

    visit = data["visit"]
    assert (visit["principal"]["title"], visit["principal"]["country"]) == (
        "Minister of Foreign Affairs",
        "Latvia",
    )
    titles = {c["name"]: c["title"] for m in data["meetings"] for c in m["counterparts"]}
    assert titles == {
        "Faisal Mikdad": "Foreign and Expatriates Minister",
        "Haitham bin Tarik": "Sultan",
    }


def test_people_named_in_the_possessive_at_the_side_or_in_a_programme_are_not_met() -> None:
    data = draft(
        "Minister in Ankara\n\n6 June 2023\n\n"
        "Jordanian Foreign Minister Ayman Safadi arrived in Ankara on Tuesday. President "
        "Recep Tayyip Erdogan received Safadi, who passed on King Abdullah's "
        "congratulations. Safadi then met Foreign Minister Hakan Fidan alongside the "
        "Jordanian ambassador, Amjad Adaileh. His programme includes meetings with "
        "Parliament Speaker Numan Kurtulmus."
    )

    assert counterparts(data) == [["Recep Tayyip Erdogan"], ["Hakan Fidan"]]


def test_a_state_banquet_for_the_visitor_and_hosts_who_each_received_him() -> None:
    banquet = draft(
        "State banquet\n\n10 November 2022\n\n"
        "President Cyril Ramaphosa of South Africa came to Kenya on Wednesday for a state "
        "visit. President William Ruto held a state banquet for President Ramaphosa at "
        "State House."
    )
    each = draft(
        "Minister in Ljubljana\n\n26 March 2021\n\n"
        "Romanian Foreign Affairs Minister Bogdan Aurescu arrived in Ljubljana on Friday. "
        "President Borut Pahor and Speaker Igor Zorcic each received him."
    )

    assert counterparts(banquet) == [["William Ruto"]]
    assert counterparts(each) == [["Borut Pahor"], ["Igor Zorcic"]]


def test_countries_of_the_caribbean_and_the_pacific_and_latvian_surnames() -> None:
    data = draft(
        "Prime Minister in Port Moresby\n\n14 March 2023\n\n"
        "Fijian Prime Minister Sitiveni Rabuka arrived in Port Moresby on Monday. He held "
        "talks with PNG Prime Minister James Marape."
    )
    latvian = draft(
        "Minister in Moscow\n\n18 February 2014\n\n"
        "Latvia's Minister of Foreign Affairs Edgars Rinkevics travelled to Moscow to meet "
        "Minister of Foreign Affairs of the Russian Federation Sergey Lavrov."
    )

    assert data["visit"]["host_country"] == "Papua New Guinea"
    assert counterparts(data) == [["James Marape"]]
    assert latvian["visit"]["principal"]["name"] == "Edgars Rinkevics"
    assert counterparts(latvian) == [["Sergey Lavrov"]]


def test_the_person_the_article_is_about_outweighs_one_rule() -> None:
    data = draft(
        "Working visit to Henan\n\n18 April 2024\n\n"
        "From 16 to 18 April 2024, Senior Minister of State (SMS) Sim Ann was in "
        "Zhengzhou. SMS paid a call on Henan Governor Wang Kai. Sim Ann and the Governor "
        "spoke of the ties between the two sides. Sim Ann also toured a logistics park."
    )

    assert data["visit"]["principal"]["name"] == "Sim Ann"
    assert counterparts(data) == [["Wang Kai"]]


def test_a_visit_announced_for_later_does_not_make_its_visitor_the_principal() -> None:
    data = draft(
        "Iran President to Visit South Africa\n\n3 March 2016\n\n"
        "Iranian Foreign Minister Mohammad Javad Zarif has said that President Hassan "
        "Rouhani will make an official visit to South Africa. Speaking in Pretoria, Zarif "
        "said that Rouhani's trip to the African country would raise the level of ties. "
        "Zarif met South Africa's Foreign Minister Maite Nkoana-Mashabane. Zarif said "
        "trade should grow."
    )

    assert data["visit"]["principal"]["name"] == "Mohammad Javad Zarif"
    assert counterparts(data) == [["Maite Nkoana-Mashabane"]]


def test_arrivals_last_night_this_afternoon_and_since_last_sunday() -> None:
    landed = draft(
        "PM arrives\n\nTuesday, February 21, 2023\n\n"
        "Papua New Guinea Prime Minister James Marape landed at the Nausori airport last "
        "night. He met Prime Minister Sitiveni Rabuka."
    )
    afternoon = draft(
        "PM in Dhaka\n\nFri Oct 4, 2024 03:16 PM\n\n"
        "Malaysian Prime Minister Anwar Ibrahim flew into Dhaka this afternoon and met "
        "Chief Adviser Muhammad Yunus."
    )
    staying = draft(
        "Lesotho PM in Luanda\n\ndate 2018-03-20\n\n"
        "On Monday, Lesotho Prime Minister Thomas Thabane laid a wreath at the memorial. "
        "Before that, the Prime Minister, who has been staying in Luanda since last Sunday, "
        "toured the museum. Angolan President João Lourenço received Thomas Thabane."
    )

    assert landed["visit"]["start"] == "2023-02-20"
    assert afternoon["visit"]["start"] == "2024-10-04"
    assert "$.visit.start" not in afternoon["extensions"]["import"]["placeholders"]
    assert staying["visit"]["start"] == "2018-03-18"


def test_a_departure_a_dotted_date_line_and_short_arabic_and_english_names() -> None:
    left = draft(
        "Holness in Washington\n\ndate 2022-03-30\n\n"
        "Prime Minister Andrew Holness held talks with US Vice President Kamala Harris on "
        "Wednesday. Holness, who left the island on Tuesday on a working visit to "
        "Washington, said the talks went well."
    )
    dotted = draft(
        "POLITICS | 20:57 / 20.10.2018\n\nMinister back from Uzbekistan\n\n"
        "Turkmen Foreign Minister Rashid Meredov reported on his trip to the government. "
        "The Turkmen delegation travelled to Uzbekistan on a working visit on Oct. 16. "
        "Meredov met Foreign Minister Abdulaziz Kamilov."
    )
    faisal = draft(
        "Saudi minister in Kuwait\n\nFebruary 5, 2023\n\n"
        "Prince Faisal arrived in Kuwait on Saturday. On Sunday, Kuwait's Crown Prince "
        "Sheikh Mishal al-Ahmad al-Jaber al-Sabah met Saudi Arabia's Foreign Minister "
        "Prince Faisal bin Farhan."
    )

    assert left["visit"]["principal"]["name"] == "Andrew Holness"
    assert left["visit"]["start"] == "2022-03-29"
    assert dotted["extensions"]["import"]["article_date"] == "2018-10-20"
    assert dotted["visit"]["start"] == "2018-10-16"
    assert faisal["visit"]["principal"]["name"] == "Faisal bin Farhan"
    assert faisal["visit"]["start"] == "2023-02-04"


def test_a_standfirst_without_its_full_stop_and_a_span_before_its_subject() -> None:
    standfirst = draft(
        "Milei welcomes Bukele\n\ndate 2024-10-01\n\n"
        "Bukele arrived in Buenos Aires last Friday, but what he did over the weekend was "
        "kept strictly secret\n\n"
        "On Monday, Salvadoran President Nayib Bukele met his Argentine counterpart Javier "
        "Milei at Casa Rosada."
    )
    span = draft(
        "Working visit to Henan\n\n18 April 2024\n\n"
        "From 16 to 18 April 2024, Senior Minister of State Sim Ann was in Zhengzhou. She "
        "called on Henan Governor Wang Kai."
    )

    assert standfirst["visit"]["start"] == "2024-09-27"
    assert (span["visit"]["start"], span["visit"]["end"]) == ("2024-04-16", "2024-04-18")


def test_the_host_country_from_a_capital_named_in_passing() -> None:
    data = draft(
        "Sultan in Tehran\n\n28 May 2023\n\n"
        "Sultan Haitham bin Tarik of Oman arrived on Sunday in Tehran for a trip of two "
        "days. First Vice President Mohammad Mokhber greeted him at the airport. Iranian "
        "officials later held talks with Sultan Haitham on regional security."
    )

    assert data["visit"]["host_country"] == "Iran"


def test_a_country_given_after_the_name_in_an_apposition_or_a_who_clause() -> None:
    borg = draft(
        "Tokayev receives OSCE chair\n\n5 May 2024\n\n"
        "In Astana, Kazakh President Kassym-Jomart Tokayev and the OSCE Chair-in-Office, "
        "Ian Borg, who is also Malta's Minister for Foreign Affairs, talked over "
        "cooperation. Tokayev thanked Borg for the visit and Borg praised Kazakhstan."
    )
    data = draft(
        "Guatemala prepares embassy\n\ndate 2023-04-26\n\n"
        "Foreign Secretary Robert Persaud held a meeting in Georgetown with Ambassador "
        "María Luisa Ramírez, Vice Minister of Foreign Affairs of Guatemala, on fields of "
        "cooperation. Ramírez said Guatemala would open an embassy."
    )

    assert data["visit"]["principal"]["name"] == "María Luisa Ramírez"
    assert data["visit"]["principal"]["country"] == "Guatemala"
    assert counterparts(data) == [["Robert Persaud"]]
    assert borg["visit"]["principal"]["name"] == "Ian Borg"
    assert borg["visit"]["principal"]["country"] == "Malta"


def test_each_clause_of_a_sentence_opens_its_own_meeting() -> None:
    call_and_meeting = draft(
        "Minister visits Henan\n\n18 April 2024\n\n"
        "Senior Minister of State Sim Ann visited Henan from 16 to 18 April 2024. She paid "
        "a call on Henan Governor Wang Kai and had a meeting with Li Ming, Secretary of the "
        "Zhengzhou Municipal Committee."
    )
    received_and_consultations = draft(
        "Aurescu in Slovenia\n\n"
        "Bucharest, March 26 /Agerpres/ - Foreign Minister Bogdan Aurescu made an official "
        "visit to Slovenia on Friday, during which President Borut Pahor and the Speaker of "
        "the National Assembly, Igor Zorcic, each received him, and he held political "
        "consultations with Foreign Minister Anze Logar."
    )

    assert counterparts(call_and_meeting) == [["Wang Kai"], ["Li Ming"]]
    assert sorted(counterparts(received_and_consultations)) == [
        ["Anze Logar"],
        ["Borut Pahor"],
        ["Igor Zorcic"],
    ]


def test_a_host_who_hosted_the_visitor_by_name_is_met() -> None:
    hosted = draft(
        "Al-Mishri receives Spanish minister\n\ndate 2020-09-07\n\n"
        "On Monday, the Head of the High Council of State, Khaled Al-Mishri, hosted Spanish "
        "Foreign Minister Arancha González Laya at the Council's headquarters in Tripoli. "
        "They discussed the political process."
    )
    hosted_by = draft(
        "Jaishankar in Uganda\n\nKAMPALA, 11 April 2023 - Minister of External Affairs "
        "Subrahmanyam Jaishankar, who is in Uganda on a working visit, was hosted by "
        "President Yoweri Museveni. Jaishankar, who landed at Entebbe International Airport "
        "on Monday evening, was met there by Foreign Minister Jeje Odongo. On Sunday the "
        "ministry said he was due to hold talks with Defence Minister Vincent Ssempijja."
    )

    assert hosted["visit"]["principal"]["name"] == "Arancha González Laya"
    assert counterparts(hosted) == [["Khaled Al-Mishri"]]
    assert counterparts(hosted_by) == [["Yoweri Museveni"]]  # not whom he met at the airport


def test_meeting_words_beyond_met_and_held_talks() -> None:
    data = draft(
        "Minister in Minsk\n\nMINSK, 20 May 2019 - Georgia's Prime Minister Mamuka "
        "Bakhtadze, who is in Belarus on an official visit, held talks with Prime Minister "
        "Sergey Rumas. Earlier this afternoon the Georgian Prime Minister had a meeting with "
        "President Alexander Lukashenko. He also conferred with Foreign Minister Vladimir "
        "Makei and had dinner with Speaker Vladimir Andreichenko. Earlier, Bakhtadze met "
        "Mayor Vladimir Kukharev. His last meeting was with Interior Minister Yuri Karaev."
    )

    assert counterparts(data) == [
        ["Sergey Rumas"],
        ["Alexander Lukashenko"],
        ["Vladimir Makei"],
        ["Vladimir Andreichenko"],
        ["Vladimir Kukharev"],
        ["Yuri Karaev"],
    ]


def test_a_country_named_as_an_owner_or_a_past_visit_is_not_where_the_meetings_are() -> None:
    owner = draft(
        "Li Zhanshu in Nepal\n\nKATHMANDU, Sept 14, 2022 - China's top legislator Li "
        "Zhanshu called on Nepal's President Bidya Devi Bhandari on Wednesday, and the two "
        "talked over matters of mutual interest. Li, who is travelling with a 67-member "
        "delegation, ranks as the No. 3 leader in China's ruling Communist Party."
    )
    remembered = draft(
        "President receives Minnikhanov\n\n"
        "President Ilham Aliyev received Rustam Minnikhanov, the Head of the Republic of "
        "Tatarstan of the Russian Federation. The head of state said he remembered his "
        "visit to Tatarstan with pleasure."
    )

    assert owner["visit"]["principal"]["name"] == "Li Zhanshu"
    assert owner["visit"]["host_country"] == "Nepal"
    assert remembered["visit"]["principal"]["name"] == "Rustam Minnikhanov"
    assert counterparts(remembered) == [["Ilham Aliyev"]]


def test_a_box_of_links_inside_the_article_is_left_out_and_the_text_after_it_kept() -> None:
    data = draft(
        "Qatari minister in Kabul\n\n"
        "On Sunday Sheikh Mohammed bin Abdulrahman Al-Thani, the foreign minister of Qatar, "
        "went to Kabul. He met Prime Minister Mullah Muhammad Hasan Akhund.\n"
        "also read\n"
        "- How a film festival became a platform\n"
        "- The escalating cost of a misadventure\n\n"
        "Sheikh Mohammed also met former Afghan president Hamid Karzai."
    )

    assert counterparts(data) == [["Mullah Muhammad Hasan Akhund"], ["Hamid Karzai"]]
    assert "film festival" not in str(data)


def test_a_surname_that_is_also_a_city_and_more_meeting_words() -> None:
    muscat = draft(
        "Muscat meets Merkel\n\ndate 2016-11-29\n\n"
        "Prime Minister Joseph Muscat was welcomed this morning at the Chancellery in Berlin "
        "by Germany's Chancellor Angela Merkel. Dr Muscat said they discussed migration."
    )
    words = draft(
        "Rajapaksa in Dhaka\n\nDHAKA, 20 March 2021 - Sri Lanka's Prime Minister Mahinda "
        "Rajapaksa reached Dhaka on Friday for a two-day visit. He sat down for a bilateral "
        "meeting with Prime Minister Sheikh Hasina. President Abdul Hamid rolled out the red "
        "carpet for him at Bangabhaban. Rajapaksa discussed regional issues with Foreign "
        "Minister Abdul Momen, and he paid a courtesy on Speaker Shirin Sharmin Chaudhury."
    )

    assert muscat["visit"]["principal"]["name"] == "Joseph Muscat"
    assert counterparts(muscat) == [["Angela Merkel"]]
    assert counterparts(words) == [
        ["Sheikh Hasina"],
        ["Abdul Hamid"],
        ["Abdul Momen"],
        ["Shirin Sharmin Chaudhury"],
    ]


def test_an_arrival_told_of_the_visitor_by_the_surname_alone() -> None:
    data = draft(
        "Li in Nepal\n\nKathmandu, Sep 14 (PTI) - China's top legislator Li Zhanshu called "
        "on Nepal's President Bidya Devi Bhandari on Wednesday. Li, Chairman of the "
        "Standing Committee of the National People's Congress, who reached Nepal on Monday "
        "for a four-day visit, spoke warmly of the ties.\n\ndate 2022-09-14"
    )

    assert data["visit"]["start"] == "2022-09-12"


def test_a_greeting_to_the_visitor_s_president_does_not_place_the_meeting() -> None:
    data = draft(
        "Japarov receives Kamilov\n\n"
        "Sadyr Japarov, the President of Kyrgyzstan, received Abdulaziz Kamilov, the "
        "Minister of Foreign Affairs of Uzbekistan, who had come to the country on a working "
        "visit. The head of state sent his greetings to the President of Uzbekistan Shavkat "
        "Mirziyoyev."
    )

    assert data["visit"]["principal"]["name"] == "Abdulaziz Kamilov"
    assert data["visit"]["host_country"] == "Kyrgyzstan"
    assert counterparts(data) == [["Sadyr Japarov"]]


def test_a_visitor_who_is_in_the_country_this_week_and_a_description_that_is_no_title() -> None:
    data = draft(
        "New Zealand welcomes Samoan Head of State\n\n"
        "Prime Minister Christopher Luxon met today with Samoa's Head of State, "
        "Tuimalealiifano Vaaletoa Sualauvi II, who is in New Zealand this week on a State "
        "Visit. Describing him as a highly respected leader in Samoa, Mr Luxon said the "
        "visit was an important opportunity."
    )

    visit = data["visit"]
    assert visit["principal"]["name"] == "Tuimalealiifano Vaaletoa Sualauvi II"
    assert visit["host_country"] == "New Zealand"
    assert counterparts(data) == [["Christopher Luxon"]]


def test_a_demonym_before_a_name_is_the_person_s_country_not_part_of_the_name() -> None:
    data = draft(
        "Hasina, Rajapaksa hold talks\n\n"
        "Prime Minister Sheikh Hasina has sat down for a bilateral meeting with her Sri "
        "Lankan Mahinda Rajapaksa at the Prime Minister's Office in Dhaka."
    )

    principal = data["visit"]["principal"]
    assert (principal["name"], principal["country"]) == ("Mahinda Rajapaksa", "Sri Lanka")
    assert counterparts(data) == [["Sheikh Hasina"]]


def test_who_leads_a_delegation_or_comes_with_company_is_the_visitor() -> None:
    led = draft(
        "President Barzani receives Russia's Foreign Minister\n\n"
        "Erbil, Kurdistan Region of Iraq, (Barzani Headquarters)- A Russian diplomatic "
        "delegation led by Mr. Sergey Lavrov, the Minister of Foreign Affairs, was received "
        "by President Masoud Barzani. President Barzani and Mr. Lavrov talked about the "
        "region."
    )
    company = draft(
        "Rare meeting in Kabul\n\n"
        "On Thursday Foreign Minister Amir Khan Muttaqi had a rare meeting in Kabul with "
        "U.S. official Adam Boehler. Boehler, who has been dealing with hostage affairs, was "
        "accompanied by Zalmay Khalilzad. Muttaqi said the two countries should build "
        "relations."
    )

    assert led["visit"]["principal"]["name"] == "Sergey Lavrov"
    assert led["visit"]["principal"]["country"] == "Russia"
    assert counterparts(led) == [["Masoud Barzani"]]
    assert company["visit"]["principal"]["name"] == "Adam Boehler"
    assert counterparts(company) == [["Amir Khan Muttaqi"]]


def test_styled_names_a_surname_that_ends_in_ing_and_a_building_s_name() -> None:
    data = draft(
        "Thompson in Port of Spain\n\n"
        "The Honourable David Thompson, Prime Minister of Barbados, made his first official "
        "visit to Trinidad and Tobago at the invitation of the Honourable Patrick Manning, "
        "Prime Minister of Trinidad and Tobago. Prime Minister Thompson held a meeting with "
        "Prime Minister Manning at the Diplomatic Centre, La Fantasie, St. Ann's."
    )

    assert data["visit"]["principal"]["name"] == "David Thompson"
    assert counterparts(data) == [["Patrick Manning"]]


def test_a_name_in_brackets_is_the_same_person_and_talks_sat_down_for_in_a_city() -> None:
    jokowi = draft(
        "Jokowi hosts Yaakob\n\n"
        "President Joko Widodo (Jokowi) hosted Prime Minister of Malaysia Ismail Sabri "
        "Yaakob on Friday at the Merdeka Palace. After that, President Jokowi and Prime "
        "Minister Yaakob held a face-to-face meeting."
    )
    beijing = draft(
        "Li meets Ayrault\n\n"
        "BEIJING -- On Friday morning Chinese Premier Li Keqiang sat down for talks in "
        "Beijing with his French counterpart Jean-Marc Ayrault. Ayrault flew into Beijing on "
        "Thursday for an official visit."
    )

    assert counterparts(jokowi) == [["Joko Widodo"]]
    assert beijing["visit"]["principal"]["name"] == "Jean-Marc Ayrault"
    assert counterparts(beijing) == [["Li Keqiang"]]


def test_courtesy_calls_on_a_list_are_separate_meetings() -> None:
    data = draft(
        "Misri in Kathmandu\n\n"
        "Indian Foreign Secretary Vikram Misri reached Kathmandu on Sunday for a two-day "
        "visit. He paid courtesy calls on President Ramchandra Paudel, Prime Minister KP "
        "Sharma Oli and Maoist Centre chair Pushpa Kamal Dahal. On Monday he called on "
        "Finance Minister Bishnu Paudel and Foreign Minister Arzu Rana Deuba at their "
        "respective offices."
    )

    assert len(data["meetings"]) == 5
    assert [len(people) for people in counterparts(data)] == [1, 1, 1, 1, 1]


def test_another_visitor_s_talks_and_plans_are_not_the_visitor_s_meetings() -> None:
    data = draft(
        "Aoun receives al-Jaafari\n\n"
        "President Michel Aoun on Saturday received Iraqi Foreign Minister Ibrahim "
        "al-Jaafari at the Presidential Palace. The latest was the visit of Arab League chief "
        "Ahmed Abul Gheit, who on Friday held talks with Speaker Nabih Berri and Prime "
        "Minister Saad Hariri. Al-Jaafari is also due to meet Foreign Minister Gebran "
        "Bassil. Both men were then to fly to Cairo for a meeting with President Abdel "
        "Fattah al-Sisi."
    )

    assert data["visit"]["principal"]["name"] == "Ibrahim al-Jaafari"
    assert counterparts(data) == [["Michel Aoun"]]


def test_playing_host_to_a_visitor_and_a_welcome_for_proposals() -> None:
    ghali = draft(
        "Ramaphosa hosts Ghali\n\n"
        "On Tuesday President Cyril Ramaphosa is playing host at the Union Buildings in "
        "Pretoria to Brahim Ghali, the president of the Sahrawi Arab Democratic Republic. "
        "The president is also due to make a state visit to Britain."
    )
    envoy = draft(
        "Museveni receives envoy\n\n"
        "This afternoon President Yoweri Museveni was handed a special message from the Emir "
        "of Qatar. The message was brought to him at State House Entebbe by the Emir's "
        "special envoy, Dr. Mohammed bin Abdulaziz Al-Khulaifi. The president welcomed "
        "Qatar's proposals for ending the conflicts in the region, which ought to complement "
        "the efforts currently led by the Chairman of the EAC, General Évariste Ndayishimiye."
        " Dr. Mohammed bin Abdulaziz thanked President Museveni."
    )

    assert (ghali["visit"]["principal"]["name"], ghali["visit"]["host_country"]) == (
        "Brahim Ghali",
        "South Africa",
    )
    assert counterparts(ghali) == [["Cyril Ramaphosa"]]
    assert envoy["visit"]["principal"]["name"] != "Évariste Ndayishimiye"
    assert ["Évariste Ndayishimiye"] not in counterparts(envoy)


def test_now_in_a_city_a_courtesy_call_made_and_greetings_from_afar() -> None:
    magufuli = draft(
        "Magufuli arrives in Uganda\n\n"
        "Dar es Salaam. President John Magufuli is now in Kampala, Uganda, where he will take "
        "part in a summit. He held talks there with his host, Ugandan President Yoweri "
        "Museveni."
    )
    rabuka = draft(
        "Prime Minister in PNG\n\n"
        "Upon arriving in Papua New Guinea, Prime Minister Sitiveni Rabuka made a courtesy "
        "call on the Governor-General of Papua New Guinea, Sir Bob Bofeng Dadae. Prime "
        "Minister Rabuka passed on warm greetings to Governor-General Dadae and to the people "
        "of PNG from His Excellency Ratu Wiliame Maivalili Katonivere, the President of Fiji."
    )

    assert magufuli["visit"]["principal"]["name"] == "John Magufuli"
    assert counterparts(magufuli) == [["Yoweri Museveni"]]
    assert rabuka["visit"]["principal"]["name"] == "Sitiveni Rabuka"
    assert counterparts(rabuka) == [["Sir Bob Bofeng Dadae"]]


def test_a_visit_s_first_day_from_an_agency_line_a_since_and_an_ended_visit() -> None:
    oreanda = draft(
        "Lavrov in Baku\n\n"
        "OREANDA-NEWS. March 13, 2009. Sergey Lavrov, the Minister of Foreign Affairs of the "
        "Russian Federation, made a working visit to the Azerbaijan Republic on March 11-12. "
        "Ilham Aliyev, President of the Azerbaijan Republic, received him."
    )
    since = draft(
        "Petro in Mexico\n\ndate 2022-11-25\n\n"
        "At 9:27 a.m. this Friday, President Andrés Manuel López Obrador welcomed his "
        "Colombian counterpart, Gustavo Petro Urrego, at the National Palace; Petro has been "
        "in Mexico on an official visit since last Thursday."
    )
    ended = draft(
        "Baerbock wraps up visit\n\n"
        "Agenda.ge, 25 Mar 2023 - 12:52, Tbilisi,Georgia\n\n"
        "German Foreign Minister Annalena Baerbock brought her two-day official visit to "
        "Georgia to a close later on Friday. Her Georgian counterpart Ilia Darchiashvili "
        "accompanied her to the airport."
    )

    def days(data: dict[str, Any]) -> tuple[str, str]:
        return data["visit"]["start"], data["visit"]["end"]

    assert days(oreanda) == ("2009-03-11", "2009-03-12")
    assert since["visit"]["start"] == "2022-11-24"
    assert days(ended) == ("2023-03-23", "2023-03-24")


def test_dates_from_a_caption_a_variant_spelling_and_not_from_plans_or_statements() -> None:
    caption = draft(
        "date 2019-04-05\n\nGhana's President in Cuba\n\n"
        "Nana Addo Dankwa Akufo-Addo came to Cuba on Wednesday on an official visit. (Photo: "
        "Estudios Revolución).\n\n"
        "On Thursday afternoon President Miguel Díaz-Canel Bermúdez received President Nana "
        "Addo Dankwa Akufo-Addo of Ghana, who is on an official visit to Cuba."
    )
    spelling = draft(
        "Hasina, Rajapaksa hold talks\n\nDHAKA, 20 March 2021 - Sri Lanka's Prime Minister "
        "Mahinda Rajapaksa held talks with Prime Minister Sheikh Hasina in Dhaka on Saturday. "
        "Rajapaksha reached Dhaka on Friday for a two-day visit."
    )
    plans = draft(
        "date 2018-02-21\n\nMagufuli arrives in Uganda\n\n"
        "President John Magufuli is now in Kampala, Uganda, where he is due to take part in "
        "the EAC summit on Friday, February 23. He held talks with President Yoweri "
        "Museveni."
    )
    statement = draft(
        "date 2021-03-19\n\nCavusoglu meets Zarif\n\n"
        "Turkey's foreign minister Mevlut Cavusoglu held a meeting with his Iranian "
        "counterpart Javad Zarif in Istanbul on Friday. According to a statement issued on "
        "Thursday, regional issues were to be taken up during Zarif's visit."
    )

    assert caption["visit"]["start"] == "2019-04-03"
    assert spelling["visit"]["start"] == "2021-03-19"
    assert plans["visit"]["start"] != "2018-02-23"
    assert statement["visit"]["start"] == "2021-03-19"


def test_talks_told_from_the_counterpart_s_side_and_exchanges_and_engagements() -> None:
    fronted = draft(
        "Baerbock in Georgia\n\n"
        "German Foreign Minister Annalena Baerbock arrived in Tbilisi on Thursday. With "
        "Georgian Prime Minister Irakli Garibashvili, the German diplomat talked about "
        "European integration. Together with her counterpart Ilia Darchiashvili, she held a "
        "press briefing."
    )
    exchange = draft(
        "Shringla in Moscow\n\n"
        "Foreign Secretary Harsh Vardhan Shringla arrived in Moscow on a two-day visit. Today "
        "the Foreign Secretary held a detailed exchange with Russian Deputy Foreign Minister "
        "Sergey Ryabkov on disarmament."
    )
    weah = draft(
        "Weah meets Prince Albert\n\n"
        "MONROVIA, LIBERIA-President George Weah is holding bilateral engagements with the "
        "Prince of Monaco, Albert II. The meeting was held after the President arrived in "
        "Monaco for the Peace and Sports Forum."
    )

    assert counterparts(fronted) == [["Irakli Garibashvili"], ["Ilia Darchiashvili"]]
    assert counterparts(exchange) == [["Sergey Ryabkov"]]
    assert weah["visit"]["principal"]["name"] == "George Weah"
    assert counterparts(weah) == [["Albert II"]]


def test_a_courtesy_call_paid_to_the_host_and_the_occasion_used_to_meet() -> None:
    paid = draft(
        "Sogavare receives Rosso\n\n"
        "Prime Minister Hon. Manasseh Sogavare has been paid a courtesy call by the visiting "
        "Deputy Prime Minister of Papua New Guinea, Honorable John Rosso. DPM Rosso informed "
        "PM Sogavare that immigration officers from PNG are currently in the country."
    )
    occasion = draft(
        "Marković in Slovenia\n\n"
        "The Prime Minister of Montenegro Mr Duško Marković paid a two-day official visit to "
        "Slovenia, during which he used the occasion to meet the Slovenian Prime Minister "
        "Miro Cerar. After receiving him, Cerar spoke of the ties."
    )
    restaurant = draft(
        "Lunch for the Governor-General\n\n"
        "SAMOA, June 22 - Sina Restaurant, Taumeasina Island Resort\n\n"
        "Prime Minister Fiame Naomi Mataafa hosted a lunch for Governor-General David Hurley "
        "of Australia, who arrived in Apia last night."
    )

    assert paid["visit"]["principal"]["name"] == "John Rosso"
    assert counterparts(paid) == [["Manasseh Sogavare"]]
    assert occasion["visit"]["principal"]["name"] == "Duško Marković"
    assert counterparts(occasion) == [["Miro Cerar"]]
    assert "Sina Restaurant" not in str(restaurant["visit"])


def test_a_visit_by_a_named_visitor_and_a_call_he_went_on_to_pay() -> None:
    data = draft(
        "Crown Prince in Bahrain\n\n"
        "The official visit to the Kingdom of Bahrain by His Royal Highness Prince Haji "
        "Al-Muhtadee Billah, the Crown Prince of Brunei, began with a courtesy call on His "
        "Highness Sheikh Khalifa bin Salman Al Khalifa, Prime Minister of the Kingdom of "
        "Bahrain. His Royal Highness went on to Riffa Palace to pay a courtesy call on His "
        "Highness Salman bin Hamad Al Khalifa, the Crown Prince of Bahrain."
    )

    assert data["visit"]["principal"]["name"] == "Haji Al-Muhtadee Billah"
    assert counterparts(data)[-1] == ["Salman bin Hamad Al Khalifa"]


def test_a_verb_in_a_title_case_headline_ends_the_name_before_it() -> None:
    headlines = [
        "President Putin Meets Turkish President Erdogan in Sochi",
        "Foreign Minister Lavrov Holds Talks With Wang Yi",
        "Sierra Leone's President Julius Maada Bio Attends Summit, Extends Gratitude to "
        "President Macron",
    ]

    assert [[m.name for m in find_people(h)] for h in headlines] == [
        ["Putin", "Erdogan"],
        ["Lavrov", "Wang Yi"],
        ["Julius Maada Bio", "Macron"],
    ]


def test_a_visit_s_days_from_a_mission_s_span_or_from_the_headline() -> None:
    mission = draft(
        "Konan City mission\n\nMonday, February 24, 2014\n\n"
        "The Mayor of Konan City, the Honorable Motoshi Hori, led a 19-member goodwill "
        "mission of officials to the FSM from 3-6 February 2014. He paid a courtesy call on "
        "President Manny Mori."
    )
    headline = draft(
        "Montenegrin Prime Minister on an official visit to Slovenia, March 23 – March 24, "
        "2018\n\n"
        "The Prime Minister of Montenegro Mr Duško Marković paid a two-day official visit to "
        "Slovenia, during which he met the Slovenian Prime Minister Miro Cerar."
    )

    def days(data: dict[str, Any]) -> tuple[str, str]:
        return data["visit"]["start"], data["visit"]["end"]

    assert days(mission) == ("2014-02-03", "2014-02-06")
    assert days(headline) == ("2018-03-23", "2018-03-24")


def test_a_glued_initial_a_visit_begun_after_an_invitation_and_an_official_visit() -> None:
    data = draft(
        "Foreign Minister in China\n\n"
        "Ulaanbaatar/MONTSAME/. On Thursday, during his official visit to China, the "
        "Minister of Foreign Affairs G.Zandanshatar held a meeting with Zhou Youngkang, a "
        "member of the Politburo Standing Committee."
    )
    invited = draft(
        "Wang Yi in Mongolia\n\n"
        "Invited by Minister of Foreign Affairs of Mongolia N.Enkhtaivan, State Councilor "
        "of China, Minister of Foreign Affairs Wang Yi today started his official visit to "
        "Mongolia. He held talks with N.Enkhtaivan."
    )

    principal = data["visit"]["principal"]
    assert (principal["name"], principal["title"]) == (
        "G.Zandanshatar",
        "Minister of Foreign Affairs",
    )
    assert counterparts(data) == [["Zhou Youngkang"]]
    assert invited["visit"]["principal"]["name"] == "Wang Yi"
    assert counterparts(invited) == [["N.Enkhtaivan"]]


def test_a_country_before_a_title_and_a_plan_further_back_place_no_meeting() -> None:
    adviser = draft(
        "Garibashvili meets Chollet\n\n"
        "Prime Minister Irakli Garibashvili held a meeting in Tbilisi today with Derek H. "
        "Chollet, Foreign Policy Adviser to the United States Secretary of State."
    )
    plan = draft(
        "Gusmao in Phnom Penh\n\n"
        "Kay Rala Xanana Gusmao, former President of East Timor, paid a courtesy call on "
        "Prime Minister Hun Sen at the Peace Palace in Phnom Penh on Wednesday. Gusmao "
        "told the premier that he serves as a special envoy of the Group 7+, which will "
        "hold a high-level meeting in Rwanda."
    )

    assert adviser["visit"]["host_country"] == "Georgia"
    assert plan["visit"]["principal"]["name"] == "Kay Rala Xanana Gusmao"
    assert plan["visit"]["host_country"] == "Cambodia"
    assert counterparts(plan) == [["Hun Sen"]]


def test_a_visitor_named_in_the_headline_alone_and_a_headline_s_nickname() -> None:
    headline_only = draft(
        "Minister of Foreign Affairs Lubomír Zaorálek visited the State of Israel\n\n"
        "The Minister of Foreign Affairs of the Czech Republic paid an official working visit "
        "to the State of Israel on 4 – 5 November 2014. On 4 November he held a meeting with "
        "the Israeli President R. Rivlin."
    )
    nickname = draft(
        "US Secretary of State Mike Pompeo arrives in Guyana\n\n"
        "Yesterday's arrival in Guyana of United States Secretary of State, Mr. Michael "
        "Pompeo, is a historic moment. Pompeo met President Irfaan Ali at State House."
    )

    assert headline_only["visit"]["principal"]["name"] == "Lubomír Zaorálek"
    assert counterparts(headline_only) == [["R. Rivlin"]]
    assert nickname["visit"]["principal"]["name"] == "Michael Pompeo"
    assert counterparts(nickname) == [["Irfaan Ali"]]


def test_a_date_before_a_title_is_no_part_of_it() -> None:
    """Round 32: "On 17 July Prime Minister …", "on Tuesday President …"."""
    (siliņa,) = find_people("On 17 July Prime Minister Evika Siliņa received him.")
    assert (siliņa.name, siliņa.title) == ("Evika Siliņa", "Prime Minister")
    (ramaphosa,) = find_people("He was received on Tuesday President Cyril Ramaphosa.")
    assert ramaphosa.title == "President"
    (aljovin,) = find_people("He met on Monday Peruvian Foreign Minister Cayetana Aljovin.")
    assert aljovin.title == "Foreign Minister"
