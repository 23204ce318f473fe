"""Records: the pydantic models of the data files at rest, and the validation of a file by them.

Importing these modules imports pydantic (tens of milliseconds): only a user's file, a schema
request or the test suite does; the shipped catalog loads without them.
"""
