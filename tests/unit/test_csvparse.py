"""The vectorised parse of EGMS rows (csvparse.BlockParser) gives exactly what the line-by-line parse gives, takes the
real files whole, and hands anything it does not fully understand to the line-by-line parse."""
import io
import zipfile

import numpy as np
import pytest

from clms_egms.core.egms.csvparse import BlockParser, ChunkParser, LineTooLong, Truncated, read_blocks, read_header
from clms_egms.core.egms.series_codec import NODATA, encode_series, encode_tenths, to_tenths
from clms_egms.core.egms.formats import csv_layout

HEADER = "pid,easting,northing,mean_velocity,20200101,20200107,20200113\n"
N_ATTR, N_DATES = 3, 3


def parser(n_attributes=N_ATTR, n_dates=N_DATES, easting=0, northing=1):
    return BlockParser(n_attributes + n_dates, easting, northing, n_attributes)


def line_by_line(block, n_attributes=N_ATTR, n_dates=N_DATES, easting=0, northing=1):
    """The reference: ChunkParser on the block's text lines, displacements made 0.1 mm integers."""
    pids, numbers, skipped = ChunkParser(n_attributes + n_dates, easting, northing, n_attributes).parse(
        block.decode().splitlines(True), 2)
    return pids, numbers[:, :n_attributes], to_tenths(numbers[:, n_attributes:]), skipped


def assert_same(got, expected):
    assert got[0] == expected[0]
    np.testing.assert_array_equal(got[1], expected[1])
    np.testing.assert_array_equal(got[2], expected[2])
    assert got[3] == expected[3]


def test_real_files_are_parsed_the_vectorised_way_and_agree(samples_dir):
    for zip_path in sorted(samples_dir.glob("*.zip")):
        with zipfile.ZipFile(str(zip_path)) as zf:
            member = next(n for n in zf.namelist() if n.endswith(".csv"))
            stream = io.BytesIO(zf.read(member))
        header = read_header(stream)
        layout = csv_layout(header, zip_path.name)
        n_attr = len(layout.attributes) - 1
        args = (n_attr, len(layout.dates), layout.attributes.index("easting") - 1,
                layout.attributes.index("northing") - 1)
        blocks = list(read_blocks(stream, 1000, header.count(","), len(header)))
        assert sum(b.count(b"\n") for b, _, _ in blocks) > 500
        for block, _first, _read in blocks:
            fast = parser(*args)._vectorised(block)
            assert fast is not None, zip_path.name  # the real files never need the slow way
            assert_same(fast + ([],), line_by_line(block, *args))


@pytest.mark.parametrize("value,tenths", [
    ("0.0", 0), ("-0.0", 0), ("-0.1", -1), ("5.3", 53), ("-12.3", -123), ("3276.6", 32766), ("-3276.7", -32767),
    ("99999.9", 999999), ("-99999.9", -999999), ("100000.0", 1000000), ("12345.6", 123456), ("-.5", -5),
    ("", NODATA[4]),
])
def test_one_decimal_values(value, tenths):
    block = "A,4500000.5,1700000.25,-1.5,{v},1.0,{v}\nB,4500001.5,1700001.25,2.5,-7.7,{v},8.8\n".format(
        v=value).encode()
    fast = parser()._vectorised(block)
    assert fast is not None
    assert fast[2][0, 0] == tenths and fast[2][0, 2] == tenths and fast[2][1, 1] == tenths
    assert_same(fast + ([],), line_by_line(block))


@pytest.mark.parametrize("rows", [
    "A,4500000.5,1700000.25,-1.5,1.25,1.0,2.0\n",  # two decimals: 1.25 must not become 12.5
    "A,4500000.5,1700000.25,-1.5,1,1.0,2.0\n",  # no decimal
    "A,4500000.5,1700000.25,-1.5,+1.5,1.0,2.0\n",  # a plus sign
    "A,4500000.5,1700000.25,-1.5,1e3,1.0,2.0\n",  # an exponent
    "A,4500000.5,1700000.25,-1.5,1-2.0,1.0,2.0\n",  # a sign inside
    "A,4500000.5,1700000.25,-1.5,-100000.1,1.0,2.0\n",  # out of range (9 bytes)
    "A,4500000.5,1700000.25,-1.5,100000.1,1.0,2.0\n",  # out of range (8 bytes)
    "A,4500000.5,1700000.25,-1.5,n/a,1.0,2.0\n",  # not a number
    "A,4500000.5,1700000.25,,1.0,1.0,2.0\n",  # an empty attribute
    "A,4500000.5,1700000.25,-1.5,1.0,2.0\n",  # a field short
    ",4500000.5,1700000.25,-1.5,1.0,1.0,2.0\n",  # no pid
    "A,45.5,17.25,-1.5,1.0,1.0,2.0\n",  # outside EPSG:3035's area
    "A,4500000.5,1700000.25,-1.5,1.0,1.0,2.0\n\n",  # an empty line
])
def test_anything_else_goes_the_careful_way_with_the_same_result(rows):
    block = ("B,4500001.5,1700001.25,2.5,-7.7,0.0,8.8\n" + rows).encode()
    assert parser()._vectorised(block) is None
    assert_same(parser().parse(block, 2), line_by_line(block))


def test_trailing_commas_and_windows_line_ends():
    text = "pid,easting,northing,mean_velocity,20200101,20200107,20200113,\r\n" + "".join(
        "P{},4500000.5,1700000.25,-1.5,{}.5,-1.0,2.0,\r\n".format(i, i) for i in range(7))
    stream = io.BytesIO(text.encode())
    header = read_header(stream)
    blocks = list(read_blocks(stream, 3, header.count(","), len(header)))
    assert [b.count(b"\n") for b, _, _ in blocks] == [3, 3, 1] and [f for _, f, _ in blocks] == [2, 5, 8]
    assert not any(b"\r" in b for b, _, _ in blocks) and blocks[-1][2] == len(text) - 7  # (7 "\r" dropped)
    fast = parser()._vectorised(blocks[0][0])
    assert fast is not None and fast[0] == ["P0", "P1", "P2"]
    np.testing.assert_array_equal(fast[2], [[5, -10, 20], [15, -10, 20], [25, -10, 20]])


def test_a_cut_last_row_and_a_row_without_its_line_end():
    whole = HEADER + "A,4500000.5,1700000.25,-1.5,1.0,1.0,2.0"
    stream = io.BytesIO(whole.encode())
    header = read_header(stream)
    (block, _, _), = list(read_blocks(stream, 10, header.count(","), len(header)))
    assert block.endswith(b"2.0\n")
    stream = io.BytesIO((HEADER + "A,4500000.5,1700000.25,-1.5,1.0\nB,45").encode())
    header = read_header(stream)
    with pytest.raises(Truncated) as info:
        list(read_blocks(stream, 10, header.count(","), len(header)))
    assert info.value.line == 3


def test_a_line_past_the_bound(monkeypatch):
    from clms_egms.core.egms import csvparse

    monkeypatch.setattr(csvparse, "READ_BYTES", 256)
    stream = io.BytesIO((HEADER + "A,4500000.5,1700000.25,-1.5,1.0,1.0,2.0\n" + "9" * (1 << 17)).encode())
    header = read_header(stream)
    with pytest.raises(LineTooLong) as info:
        list(read_blocks(stream, 10, header.count(","), len(header)))
    assert info.value.line == 3
    long_inside = (HEADER + "A,4500000.5,1700000.25,-1.5,1.0,1.0,{}.0\n".format("9" * (1 << 16))).encode()
    stream = io.BytesIO(long_inside)
    header = read_header(stream)
    with pytest.raises(LineTooLong):
        for block, first, _ in read_blocks(stream, 10, header.count(","), len(header)):
            parser().parse(block, first)


def test_series_encoding_is_narrow_where_it_fits():
    tenths = np.array([[1, -2, NODATA[4]], [40000, 0, NODATA[4]]], dtype=np.int32)
    narrow, wide = encode_tenths(tenths)
    assert np.frombuffer(narrow, "<i2").tolist() == [1, -2, NODATA[2]]
    assert np.frombuffer(wide, "<i4").tolist() == [40000, 0, NODATA[4]]
    assert encode_series(np.array([[0.1, -0.2, np.nan]])) == [np.array([1, -2, NODATA[2]], "<i2").tobytes()]
