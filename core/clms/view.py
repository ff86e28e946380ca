"""A dataset's view service as a QGIS layer, without downloading anything.

The kind of service is read from its address as the CLMS web viewer reads it (``catalogue.view_layer_kind``).
Layer ids come from the service itself (WMS GetCapabilities): the catalogue's ids are matched against them
by name, then by title, else the service's first layer is used.
"""
# the capabilities of a service the user chose to view; expat (Python >= 3.7.1 with expat >= 2.4) refuses
# entity-expansion attacks
import xml.etree.ElementTree as ET  # nosec B405
from dataclasses import dataclass

from qgis.core import QgsDataSourceUri

from ..errors import PluginError
from ..i18n import tr
from .catalogue import view_layer_kind


@dataclass
class ViewLayer:
    name: str  # the layer's name in QGIS
    uri: str
    provider: str  # "wms" (raster), "arcgismapserver" (raster), "arcgisfeatureserver" (vector)

    @property
    def is_raster(self) -> bool:
        return self.provider in ("wms", "arcgismapserver")


def capabilities_url(url: str) -> str:
    return url + ("&" if "?" in url else "?") + "SERVICE=WMS&REQUEST=GetCapabilities"


def wms_layers(xml_bytes: bytes) -> list:
    """(name, title, CRS list) of every named layer in a WMS GetCapabilities document."""
    try:
        # the XML is parsed as the import explains
        root = ET.fromstring(xml_bytes)  # nosec B314
    except ET.ParseError as exc:
        raise PluginError(tr("The view service did not answer with WMS capabilities ({error}).").format(
            error=exc)) from None
    layers = []

    def local(tag):
        return tag.rsplit("}", 1)[-1]

    def walk(node, inherited):
        crs = inherited + [c.text.strip() for c in node if local(c.tag) in ("CRS", "SRS") and c.text]
        name = next((c.text.strip() for c in node if local(c.tag) == "Name" and c.text), "")
        title = next((c.text.strip() for c in node if local(c.tag) == "Title" and c.text), name)
        if name and local(node.tag) == "Layer":
            layers.append((name, title, crs))
        for child in node:
            if local(child.tag) == "Layer":
                walk(child, crs)

    for node in root.iter():
        if local(node.tag) == "Capability":
            for child in node:
                if local(child.tag) == "Layer":
                    walk(child, [])
    return layers


def choose(dataset, service_layers: list):
    """The service layer that shows ``dataset``: its catalogue id, else its title, else the first one."""
    if not service_layers:
        raise PluginError(tr("The view service of {dataset} lists no layer.").format(dataset=dataset.title))
    names = {n: (n, t, c) for n, t, c in service_layers}
    for layer_id, _title in dataset.view_layers:
        if layer_id in names:
            return names[layer_id]
    titles = {t.lower(): (n, t, c) for n, t, c in service_layers}
    for wanted in [t for _i, t in dataset.view_layers] + [dataset.title]:
        if wanted.lower() in titles:
            return titles[wanted.lower()]
    return service_layers[0]


def view_layer(dataset, service_layers=None, crs: str = "EPSG:3857") -> "ViewLayer":
    """The ViewLayer of ``dataset``; WMS needs ``service_layers`` (from ``wms_layers``)."""
    url = dataset.view_service
    if not url:
        raise PluginError(tr("{dataset} has no view service: download it instead.").format(dataset=dataset.title))
    kind = view_layer_kind(url)
    uri = QgsDataSourceUri()
    if kind == "wms":
        name, title, crs_list = choose(dataset, service_layers or [])
        if crs_list and crs not in crs_list:
            crs = next((c for c in ("EPSG:3857", "EPSG:4326", "EPSG:3035") if c in crs_list), crs_list[0])
        for key, value in (("contextualWMSLegend", "0"), ("crs", crs), ("dpiMode", "7"), ("format", "image/png"),
                           ("layers", name), ("styles", ""), ("url", url)):
            uri.setParam(key, value)
        return ViewLayer(title or dataset.title, bytes(uri.encodedUri()).decode("utf-8"), "wms")
    layer_id = dataset.view_layers[0][0] if dataset.view_layers else "0"
    if kind == "arcgismapserver":
        for key, value in (("crs", crs), ("format", "PNG32"), ("layer", layer_id), ("url", url)):
            uri.setParam(key, value)
        return ViewLayer(dataset.title, uri.uri(False), "arcgismapserver")
    if kind == "arcgisfeatureserver":
        uri.setParam("url", url.rstrip("/") + "/" + layer_id)
        return ViewLayer(dataset.title, uri.uri(False), "arcgisfeatureserver")
    raise PluginError(tr("The view service of {dataset} is a WMTS, which this version cannot add by itself: add "
                         "{url} with Layer ▸ Add Layer ▸ Add WMS/WMTS Layer.").format(dataset=dataset.title, url=url))


def open_view(transport, dataset, crs: str, feedback=None) -> "ViewLayer":
    """The ViewLayer of ``dataset``, asking a WMS for its capabilities (through ``transport``) to find its layer;
    run in a background task."""
    url = dataset.view_service
    if url and view_layer_kind(url) == "wms":
        answer = transport.request("GET", capabilities_url(url), feedback=feedback)
        return view_layer(dataset, wms_layers(answer.content), crs)
    return view_layer(dataset, None, crs)
