"""Profiles: points projected onto a line, against hand-computed cases and the scenario's graben."""
import numpy as np
import pytest

from clms_egms.core.egms.profile import line_length, project


def test_points_projected_onto_a_straight_line():
    # the line along x from (0, 0) to (100, 0); corridor 20 m wide
    x = np.array([10.0, 50.0, 50.0, 99.0, 120.0, 30.0, -5.0])
    y = np.array([3.0, -9.0, 11.0, 0.0, 0.0, 10.0, 0.0])
    order, along, offset = project(x, y, [(0, 0), (100, 0)], 20.0)
    # inside: 10/3 (3 m left), 50/-9 (9 m right), 99/0, 30/10 (exactly on the edge), -5/0 (5 m before the start)
    assert list(order) == [6, 0, 5, 1, 3]
    np.testing.assert_allclose(along, [0.0, 10.0, 30.0, 50.0, 99.0])
    np.testing.assert_allclose(offset, [0.0, 3.0, 10.0, -9.0, 0.0], atol=1e-12)  # before the start: on the line's axis


def test_a_bent_line_measures_along_its_vertices():
    # an L: (0,0) -> (100,0) -> (100,100); a point at (95, 60) is 5 m left of the second leg, 160 m along
    order, along, offset = project([95.0, 105.0, 50.0], [60.0, 60.0, 4.0], [(0, 0), (100, 0), (100, 100)], 12.0)
    assert list(order) == [2, 0, 1]
    np.testing.assert_allclose(along, [50.0, 160.0, 160.0])
    np.testing.assert_allclose(offset, [4.0, 5.0, -5.0])
    assert line_length([(0, 0), (100, 0), (100, 100)]) == 200.0


def test_a_line_without_length_is_refused():
    with pytest.raises(ValueError):
        project([0.0], [0.0], [(5, 5), (5, 5)], 10.0)


def test_time_steps_every_six_months_and_around_the_event():
    from clms_egms.core.egms.profile import time_steps

    dates = np.arange(np.datetime64("2020-01-03"), np.datetime64("2024-12-31"), 6)
    event = np.datetime64("2023-11-10")
    around = (dates[dates < event][-1], dates[dates > event][0])  # the last before, the first after
    steps = time_steps(dates, "2023-11-10")
    assert steps[0] == dates[0] and steps[-1] == dates[-1] and all(d in steps for d in around)
    regular = time_steps(dates)
    assert sorted(set(regular) | set(around)) == steps
    gaps = np.diff(np.array(regular, dtype="datetime64[D]")).astype(int)
    assert all(180 <= g <= 186 for g in gaps[:-1]) and 0 < gaps[-1] <= 186


def test_the_scenario_graben_faults_are_sharp_offsets_of_the_event_along_their_traces():
    """Either side of each bounding fault, a metre apart, the event's step differs by the planted 40 mm (the
    smooth trough adds almost nothing over a metre); the axis still drops 250 mm."""
    from clms_egms.core.egms.scenario import FAULT_DROP, GRINDAVIK, MAX_STEP, fault_traces, motion

    names = [name for name, _ends in fault_traces()]
    assert names == ["north-western graben fault", "south-eastern graben fault"]
    (_nw, (a, b)), (_se, (c, d)) = fault_traces()
    assert a[0] < c[0] and b[1] > a[1]  # the north-western one west of the other; each runs north-eastwards
    for p, q in ((a, b), (c, d)):
        along = np.linspace(0.1, 0.9, 9)
        x, y = p[0] + along * (q[0] - p[0]), p[1] + along * (q[1] - p[1])
        nx, ny = (q[1] - p[1]), -(q[0] - p[0])  # across the trace
        nx, ny = nx / np.hypot(nx, ny), ny / np.hypot(nx, ny)
        one = motion(x + 0.5 * nx, y + 0.5 * ny).step - motion(x - 0.5 * nx, y - 0.5 * ny).step
        middle = along[np.abs(along - 0.5) < 0.3]
        assert np.allclose(np.abs(one[np.isin(along, middle)]), -FAULT_DROP, atol=0.5), one
    assert motion(GRINDAVIK[0], GRINDAVIK[1]).step == pytest.approx(MAX_STEP)
