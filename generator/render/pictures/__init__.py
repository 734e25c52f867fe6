"""The pictures: timeline, network, and each claim's statements over time."""

from .claim_chart import claim_chart
from .graph import whole
from .neighbourhood import neighbourhood
from .network import network
from .timeline import timeline

__all__ = ["claim_chart", "neighbourhood", "network", "timeline", "whole"]
