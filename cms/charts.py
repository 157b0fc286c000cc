"""The admin's small charts (bars drawn in CSS or SVG) need each value's share of the largest."""


def with_shares(rows):
    """Each row (a tuple whose last item is a count) with its share of the largest count
    appended, in per cent, for bar widths and heights."""
    largest = max((row[-1] for row in rows), default=0) or 1
    return [(*row, round(row[-1] * 100 / largest)) for row in rows]
