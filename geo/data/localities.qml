<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<!-- geo's style for the localities layer: a red circle per place, its area growing with the
     killed (best, counted once), grey where no one was reported killed; the place's name as
     label. QGIS reads it as the layer's default style from the GeoPackage (layer_styles). -->
<qgis version="3.28.0" styleCategories="Symbology|Labeling">
  <renderer-v2 type="singleSymbol" symbollevels="0" enableorderby="1" forceraster="0">
    <symbols>
      <symbol type="marker" name="0" alpha="0.85" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" value="200,30,30,215" type="QString"/>
            <Option name="name" value="circle" type="QString"/>
            <Option name="outline_color" value="255,255,255,255" type="QString"/>
            <Option name="outline_width" value="0.3" type="QString"/>
            <Option name="size" value="2.5" type="QString"/>
            <Option name="size_unit" value="MM" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties" type="Map">
                <Option name="size" type="Map">
                  <Option name="active" value="true" type="bool"/>
                  <Option name="expression" value="coalesce(scale_exp(&quot;killed_best&quot;, 0, 1000, 2.5, 16, 0.5), 2.5)" type="QString"/>
                  <Option name="type" value="3" type="int"/>
                </Option>
                <Option name="fillColor" type="Map">
                  <Option name="active" value="true" type="bool"/>
                  <Option name="expression" value="if(coalesce(&quot;killed_best&quot;, 0) > 0, '200,30,30,215', '130,130,130,200')" type="QString"/>
                  <Option name="type" value="3" type="int"/>
                </Option>
              </Option>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <orderby>
      <orderByClause asc="0" nullsFirst="0">"killed_best"</orderByClause>
    </orderby>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fieldName="name" fontSize="8" fontSizeUnit="Point" textColor="40,40,40,255" isExpression="0">
        <text-buffer bufferDraw="1" bufferSize="0.8" bufferSizeUnits="MM" bufferColor="255,255,255,255"/>
      </text-style>
      <placement placement="6" dist="1" distUnits="MM"/>
      <rendering scaleVisibility="1" scaleMin="1" scaleMax="2000000" obstacle="1"/>
    </settings>
  </labeling>
</qgis>
