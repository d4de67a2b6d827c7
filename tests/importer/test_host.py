"""The weighing of which country is visited: fitted on the development part only, and
used as fitted."""

from __future__ import annotations

import fit_weights
import pytest

from briefing.importer import host


def candidate(country: str, **values: float) -> host.Candidate:
    made = host.Candidate(country, f"In {country}.")
    made.values = dict.fromkeys(host.FEATURES, 0.0) | values
    return made


def test_the_shipped_weights_are_those_fitted_on_the_development_part() -> None:
    batches = fit_weights.development()
    fitted = fit_weights.fit_host([a for part in batches.values() for a in part])

    assert fitted.keys() == host.WEIGHTS.keys()
    for name, weight in fitted.items():
        assert weight == pytest.approx(host.WEIGHTS[name], abs=0.005), name


def test_the_visitor_s_own_country_is_not_the_host() -> None:
    home = candidate("Nepal", principal=1.0, early=1.0, mentions=1.0)
    abroad = candidate("United States", located=1.0, meeting_sentence=1.0, mentions=0.5)

    chosen = host.choose([home, abroad])

    assert chosen is abroad


def test_no_country_when_none_outweighs_naming_none_and_the_first_of_equals() -> None:
    first, second = candidate("Fiji"), candidate("Tonga")

    assert host.choose([first, second], {"nobody": 1.0}) is None
    assert host.choose([first, second], {"nobody": -1.0}) is first
    assert host.choose([]) is None
