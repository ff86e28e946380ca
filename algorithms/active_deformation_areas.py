"""Processing: clms_egms:active_deformation_areas, the active deformation areas of an EGMS point layer
(core.egms.ada): outlined, described, styled by velocity and labelled; their points flagged with their area."""
from qgis.core import (QgsFeature, QgsFeatureRequest, QgsFeatureSink, QgsFields, QgsProcessing,
                       QgsProcessingFeatureSourceDefinition,
                       QgsProcessingOutputNumber, QgsProcessingParameterDistance, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterLayer, QgsWkbTypes)

from ..core import compat
from ..core.egms import ada
from ..core.egms.ada_features import area_fields, median_velocities, read_points, settings_said, stored_of
from ..core.egms.style import apply_area_style, nice_limit
from ..core.i18n import tr
from .base import Algorithm, StyleOnLoad


class ActiveDeformationAreas(Algorithm):
    NAME = "active_deformation_areas"
    GROUP_ID = "egms"

    def displayName(self):  # noqa: N802 (QGIS API)
        return tr("Active deformation areas")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return tr("The active deformation areas (ADA) of EGMS points, as ADAfinder and ADAtools find them (Barra et "
                  "al. 2017; Tomás et al. 2019; Navarro et al. 2020): the points moving faster than a stability "
                  "threshold, clustered by distance, each cluster of enough points, surrounded mostly by points "
                  "moving with it, an area. One viewing geometry at a time (two tracks, or L3 up and east, are "
                  "never pooled), subsidence and uplift apart. By default the threshold is twice the robust "
                  "standard deviation of the geometry's velocities and the radius twice the points' typical "
                  "spacing. Each area: its outline hugging its points, the number of points, the mean, median and "
                  "largest velocity, the mean |acceleration|, its area, and a quality index from 1 (best) to 4 "
                  "(the spatial consistency of its velocities and the share of its points with noisy series, "
                  "rmse_ts).")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add(QgsProcessingParameterFeatureSource("INPUT", tr("EGMS point layer"),
                                                     [QgsProcessing.SourceType.TypeVectorPoint]),
                 tr("Points with a mean_velocity field (mm/year): an imported EGMS layer (L2a, L2b, L3) or its "
                    "CSV."))
        self.add(QgsProcessingParameterNumber("THRESHOLD", tr("Stability threshold (mm/year; empty: from the data)"),
                                              QgsProcessingParameterNumber.Type.Double, optional=True, minValue=0.0),
                 tr("Points at least this fast (either way) are moving. Empty: twice the robust standard deviation "
                    "of each geometry's velocities."))
        self.add(QgsProcessingParameterDistance("RADIUS", tr("Clustering radius (0: from the data)"), 0.0, "INPUT",
                                                minValue=0.0),
                 tr("Moving points this close join one area. 0: twice the points' typical spacing."))
        self.add(QgsProcessingParameterNumber("MIN_POINTS", tr("Fewest points in an area"),
                                              QgsProcessingParameterNumber.Type.Integer, ada.FEWEST, minValue=2),
                 tr("Clusters of fewer moving points are no area."))
        for name, title, what in (
                ("CLC", tr("CORINE Land Cover raster"),
                 tr("Optional: the dominant land cover class of each area and its share (clc_code, clc_class, "
                    "clc_share).")),
                ("IMPERVIOUSNESS", tr("Imperviousness raster"), tr("Optional: the mean sealed share of each area "
                                                                   "(imperv_mean, %).")),
                ("DEM", tr("Elevation model"), tr("Optional: the mean slope of each area (slope_mean, degrees)."))):
            self.add(QgsProcessingParameterRasterLayer(name, title, optional=True), what)
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", tr("Active deformation areas"),
                                                   QgsProcessing.SourceType.TypeVectorPolygon),
                 tr("A polygon per area with ada_id, geometry, motion, n_points, mean/median/max velocity, "
                    "mean_abs_acceleration, area_m2, quality (1 best to 4), quality_score, consistency, "
                    "noisy_share, the threshold and radius used, and the land beneath (clc_code, clc_class, clc_share, "
                    "imperv_mean, slope_mean) with a first suggested interpretation and its reasons."))
        self.add(QgsProcessingParameterFeatureSink("POINTS", tr("Points of the areas"),
                                                   QgsProcessing.SourceType.TypeVectorPoint, optional=True,
                                                   createByDefault=False),
                 tr("Optional: the areas' points, with all their attributes and ada_id."))
        self.addOutput(QgsProcessingOutputNumber("AREAS", tr("Areas found")))

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "INPUT", context)
        layer = self.layer_of(parameters, "INPUT", context)
        definition = parameters.get("INPUT")
        selected = isinstance(definition, QgsProcessingFeatureSourceDefinition) and definition.selectedFeaturesOnly
        points = read_points(source, layer.name() if layer is not None else source.sourceName(),
                             stored_of(layer, whole_layer=not selected),
                             layer.subsetString() if layer is not None else "", context.transformContext(), feedback)
        if points.cancelled:
            return {"OUTPUT": None, "POINTS": None, "AREAS": 0}
        threshold = parameters.get("THRESHOLD")
        threshold = None if threshold in (None, "") else self.parameterAsDouble(parameters, "THRESHOLD", context)
        feedback.setProgressText(tr("Clustering {n} points").format(n=len(points.fids)))
        found = points.find(threshold, self.parameterAsDouble(parameters, "RADIUS", context) or None,
                            self.parameterAsInt(parameters, "MIN_POINTS", context))
        feedback.setProgress(60)
        for line in settings_said(found):
            feedback.pushInfo(line)
        fields = area_fields()
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.MultiPolygon,
                                          source.sourceCrs())
        rasters = {key: self.parameterAsRasterLayer(parameters, name, context)
                   for key, name in (("clc", "CLC"), ("imperviousness", "IMPERVIOUSNESS"), ("dem", "DEM"))}
        for feature in points.features(found, fields, feedback, rasters):
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        points_dest = self._flag_points(parameters, context, source, points.fids_by_area(found))
        feedback.pushInfo(tr("{n} active deformation areas.").format(n=len(found["areas"])))
        if context.willLoadLayerOnCompletion(dest):
            limit = nice_limit(median_velocities(found, points.velocity))
            context.layerToLoadOnCompletionDetails(dest).setPostProcessor(StyleOnLoad.create(
                lambda loaded: apply_area_style(loaded, limit)))
        return {"OUTPUT": dest, "POINTS": points_dest, "AREAS": len(found["areas"])}

    def _flag_points(self, parameters, context, source, fids_by_area):
        """The POINTS output, when asked for: the areas' points with their attributes and ada_id."""
        fields = QgsFields(source.fields())
        fields.append(compat.field("ada_id", compat.INT))
        sink, dest = self.parameterAsSink(parameters, "POINTS", context, fields, source.wkbType(), source.sourceCrs())
        if sink is None:
            return None
        area_of = {fid: area for area, fids in fids_by_area.items() for fid in fids}
        if area_of:
            for feature in source.getFeatures(QgsFeatureRequest().setFilterFids(sorted(area_of))):
                out = QgsFeature(fields)
                out.setGeometry(feature.geometry())
                out.setAttributes(feature.attributes() + [area_of[feature.id()]])
                sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        return dest
