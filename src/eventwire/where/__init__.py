"""Where events happened: the gazetteer (``gazetteer``), toponym resolution with the article's context
(``toponyms``) and the choice of an event's place from its clause (``locate``)."""

from .gazetteer import Gazetteer, Place, load_gazetteer
from .locate import focus_location, locate, place_of_phrase
from .toponyms import PlaceContext, country_location, find_dateline, resolve, to_location

__all__ = ["Gazetteer", "Place", "PlaceContext", "country_location", "find_dateline", "focus_location",
           "load_gazetteer", "locate", "place_of_phrase", "resolve", "to_location"]
