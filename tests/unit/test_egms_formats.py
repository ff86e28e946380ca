"""EGMS file names, columns of every release and the XML header."""
import pytest

from clms_egms.core.egms.formats import (csv_layout, directions, layer_columns, parse_file_name,
                                         read_header_xml)
from clms_egms.core.errors import PluginError


@pytest.mark.parametrize("name,expected", [
    ("EGMS_L2a_088_0282_IW2_VV_2018_2022_1.zip",
     dict(level="L2a", track=88, burst=282, swath="IW2", polarisation="VV", release="2018-2022", sub_release=1,
          dataset_key="egms_l2a_2018_2022")),
    ("EGMS_L2b_117_0227_IW2_VV_2020_2024_1.csv",
     dict(level="L2b", track=117, burst=227, release="2020-2024", dataset_key="egms_l2b_2020_2024")),
    ("EGMS_L2b_022_0845_IW3_VH.zip", dict(level="L2b", track=22, swath="IW3", polarisation="VH", release="2015-2021",
                                          sub_release=1, dataset_key="egms_l2b_2015_2021")),
    ("EGMS_L3_E40N28_100km_U_2018_2022_1.zip",
     dict(level="L3", tile="E40N28", component="U", release="2018-2022", dataset_key="egms_l3_u_2018_2022")),
    ("EGMS_L3_E45N17_100km_E_2019_2023_2.zip", dict(component="E", release="2019-2023", sub_release=2)),
    ("/some/folder/EGMS_L3_E45N17_100km_U_2020_2025_1.zip", dict(release="2020-2025", tile="E45N17")),
])
def test_file_names(name, expected):
    parsed = parse_file_name(name)
    for key, value in expected.items():
        assert getattr(parsed, key) == value, key


@pytest.mark.parametrize("name", ["EGMS_L4_x.zip", "points.csv", "EGMS_L2b_22_845_IW2_VV.zip", ""])
def test_not_egms_names(name):
    assert parse_file_name(name) is None


def test_layout_aliases_of_old_releases():
    header = "pid,mp_type,latitude,longitude,easting,northing,height,height_wgs84,line,pixel,rmse,mean_velocity," \
             "cluster_label,20180101,20180107\n"
    layout = csv_layout(header, "f.csv")
    assert "height_ortho" in layout.attributes and "height_ellipse" in layout.attributes
    assert "rmse_ts" in layout.attributes and "cluster_label" in layout.attributes
    assert layout.dates == ["20180101", "20180107"]


@pytest.mark.parametrize("header,message", [
    ("", "is empty"),
    ("a,b,c\n", "not an EGMS file"),
    ("pid,easting,northing,mean_velocity\n", "not an EGMS file"),
    ("pid,easting,mean_velocity,20200101\n", "lacks required columns: northing"),
    ("easting,pid,northing,mean_velocity,20200101\n", "'pid' must be the first column"),
    ("pid,easting,northing,20200101,mean_velocity,20200107\n", "date columns must come last"),
])
def test_bad_headers(header, message):
    with pytest.raises(PluginError) as info:
        csv_layout(header, "my.csv")
    assert message in str(info.value) and "my.csv" in str(info.value)


def test_layer_columns():
    assert layer_columns("L2a")[-1] == "cluster_label"
    assert "cluster_label" not in layer_columns("L2b")
    assert layer_columns("L3")[-3:] == ["gnss_velocity_n", "gnss_velocity_e", "gnss_velocity_u"]


def test_directions():
    assert directions([349.0, -8.94, 191.42, 10.0, float("nan")]) == [
        "ASCENDING", "ASCENDING", "DESCENDING", "ASCENDING", None]


def test_xml_header(samples_dir):
    import zipfile

    with zipfile.ZipFile(samples_dir / "EGMS_L2b_022_0845_IW2_VV_2020_2024_1.zip") as zf:
        header = read_header_xml(zf.read("EGMS_L2b_022_0845_IW2_VV_2020_2024_1.xml"))
    assert header["kind"] == "BURST" and header["product_level"] == "L2b"
    assert header["track"] == "022" and header["burst_id"] == "0845" and header["dem_version"] == "COPDEM"
    assert len(header["reference_images"]) == 3
    assert header["dataset_images"][0].startswith("S1A_IW_SLC__1SDV_20200109")
