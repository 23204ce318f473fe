"""Reading IATI activity files into povcoop's kinds (``povcoop.read_iati``)."""
