"""The plugin's CSV files (the plot's series, a profile, an export) are written complete or not at all."""
import numpy as np
import pytest

from clms_egms.core.egms.export import write_csv, write_plot_csv, write_series_csv
from clms_egms.core.egms.profile import write_profile_csv

DATES = np.array(["2023-11-04", "2023-11-10", "2023-11-16"], dtype="datetime64[D]")


def test_the_plotted_series_one_row_per_date_with_a_value(tmp_path):
    out = tmp_path / "series.csv"
    write_plot_csv([("egms_l3", "P1", DATES, np.array([0.0, np.nan, -2.25])),
                    ("egms_l3", "P2", DATES, np.array([1.0, 2.0, 3.0]))], str(out), reference="R9")
    assert out.read_text(encoding="utf-8").splitlines() == [
        "layer,pid,date,displacement_mm,relative_to",
        "egms_l3,P1,2023-11-04,0.0,R9", "egms_l3,P1,2023-11-16,-2.2,R9",
        "egms_l3,P2,2023-11-04,1.0,R9", "egms_l3,P2,2023-11-10,2.0,R9", "egms_l3,P2,2023-11-16,3.0,R9"]


def test_a_profile_with_blanks_where_no_value(tmp_path):
    out = tmp_path / "profile.csv"
    rows = {"pid": ["A", "B"], "distance": np.array([0.0, 12.345]), "offset": np.array([-3.0, 4.5]),
            "velocity": np.array([-1.234, np.nan]), "step": np.array([np.nan, -248.36])}
    write_profile_csv(rows, str(out))
    assert out.read_text(encoding="utf-8").splitlines() == [
        "pid,distance_m,offset_m,velocity_mm_yr,step_mm", "A,0.00,-3.00,-1.23,", "B,12.35,4.50,,-248.4"]


def test_a_failure_midway_keeps_the_earlier_file_and_leaves_no_part(tmp_path):
    out = tmp_path / "series.csv"
    out.write_text("the earlier file\n", encoding="utf-8")

    def broken():
        yield "egms_l3", "P1", DATES, np.array([0.0, 1.0, 2.0])
        raise OSError("No space left on device")

    with pytest.raises(OSError):
        write_plot_csv(broken(), str(out))
    assert out.read_text(encoding="utf-8") == "the earlier file\n"
    assert [p.name for p in tmp_path.iterdir()] == ["series.csv"]


def test_a_cancel_writes_nothing(tmp_path):
    class Cancelled:
        def isCanceled(self):  # noqa: N802 (QGIS's feedback)
            return True

    out = tmp_path / "export.csv"
    assert write_series_csv([("P1", DATES, np.zeros(3))], str(out), feedback=Cancelled()) is None
    assert write_csv(str(out), ["a"], lambda writer: None) is None
    assert list(tmp_path.iterdir()) == []
