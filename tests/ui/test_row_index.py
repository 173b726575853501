"""RowIndex keeps every row's position right through inserts, removals and sorts."""
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.ui import row_index
from annotator.ui.row_index import RowIndex

# (insert?, where as a fraction of the length): a mix of inserts and removals anywhere
ops = st.lists(st.tuples(st.booleans(), st.floats(0, 1)), max_size=200)


@settings(max_examples=200, deadline=None)
@given(start=st.integers(0, 30), ops=ops, rebuild_after=st.sampled_from([1, 3, 64]))
def test_positions_match_the_list_after_any_edits(start, ops, rebuild_after):
    row_index.REBUILD_AFTER, saved = rebuild_after, row_index.REBUILD_AFTER
    try:
        rows = [f"r{i}" for i in range(start)]
        index = RowIndex(rows, str)
        fresh = 0
        for insert, where in ops:
            if insert or not rows:
                at = int(where * len(rows))
                rows.insert(at, f"n{fresh}")
                fresh += 1
                index.inserted(at)
            else:
                at = min(int(where * len(rows)), len(rows) - 1)
                gone = rows.pop(at)
                index.removed(gone, at)
                assert index.get(gone) is None and gone not in index
            assert len(index) == len(rows)
        assert [index.get(r) for r in rows] == list(range(len(rows)))
        rows.sort(reverse=True)
        index.rebuild()
        assert [index.get(r) for r in rows] == list(range(len(rows)))
    finally:
        row_index.REBUILD_AFTER = saved
