"""minutes_app: typing, printing and archiving the minutes (biên bản) of Vietnamese meetings, offline."""

__version__ = "0.1.0"
