/**
 * The XML schema of Remiss' archive package (version 1), shipped inside every package as
 * `schema/remiss-arkivpaket-1.xsd` so that the package describes itself. Modelled on
 * Riksarkivet's FGS Ärendehantering (a delivery object holding one case with its documents,
 * registry entries and actions), with the remiss-specific parts (rounds, recipients, answers,
 * decisions, the event log) as elements of their own. Element names are Swedish, as in FGS.
 */
export const ARCHIVE_NAMESPACE = 'urn:remiss:arkivpaket:1';
export const ARCHIVE_SCHEMA_FILE = 'schema/remiss-arkivpaket-1.xsd';

export const ARCHIVE_SCHEMA_XSD = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns="${ARCHIVE_NAMESPACE}"
           targetNamespace="${ARCHIVE_NAMESPACE}"
           elementFormDefault="qualified">
  <xs:annotation>
    <xs:documentation xml:lang="sv">
      Arkivpaket från Remiss, version 1: ett avslutat remissärende med handlingar, diarieposter,
      omgångar, mottagare, svar, beslut och händelselogg. Förebild: Riksarkivets FGS Ärendehantering.
      Filerna i paketet räknas upp i manifest-sha256.txt med SHA-256.
    </xs:documentation>
  </xs:annotation>

  <xs:simpleType name="Uuid">
    <xs:restriction base="xs:string">
      <xs:pattern value="[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="Sha256">
    <xs:restriction base="xs:string">
      <xs:pattern value="[0-9a-f]{64}"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="Riktning">
    <xs:restriction base="xs:string">
      <xs:enumeration value="in"/>
      <xs:enumeration value="ut"/>
      <xs:enumeration value="intern"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="Omgangstyp">
    <xs:restriction base="xs:string">
      <xs:enumeration value="remiss"/>
      <xs:enumeration value="rekommendation"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:complexType name="Organisation">
    <xs:sequence>
      <xs:element name="Namn" type="xs:string"/>
      <xs:element name="Registratur" type="xs:string"/>
    </xs:sequence>
    <xs:attribute name="id" type="Uuid" use="required"/>
  </xs:complexType>

  <xs:complexType name="Handling">
    <xs:sequence>
      <xs:element name="Titel" type="xs:string"/>
      <xs:element name="Handlingstyp" type="xs:string"/>
      <xs:element name="Upprattad" type="xs:dateTime"/>
      <xs:element name="Organisation" type="xs:string"/>
      <xs:element name="Fil">
        <xs:complexType>
          <xs:sequence>
            <xs:element name="Sokvag" type="xs:string"/>
            <xs:element name="Filnamn" type="xs:string"/>
            <xs:element name="Mimetyp" type="xs:string"/>
            <xs:element name="Storlek" type="xs:nonNegativeInteger"/>
            <xs:element name="Checksumma">
              <xs:complexType>
                <xs:simpleContent>
                  <xs:extension base="Sha256">
                    <xs:attribute name="algoritm" type="xs:string" use="required" fixed="SHA-256"/>
                  </xs:extension>
                </xs:simpleContent>
              </xs:complexType>
            </xs:element>
          </xs:sequence>
        </xs:complexType>
      </xs:element>
      <xs:element name="ErsatterHandling" type="Uuid" minOccurs="0"/>
    </xs:sequence>
    <xs:attribute name="id" type="Uuid" use="required"/>
    <xs:attribute name="version" type="xs:positiveInteger" use="required"/>
  </xs:complexType>

  <xs:complexType name="Diariepost">
    <xs:sequence>
      <xs:element name="Registrerad" type="xs:dateTime"/>
      <xs:element name="Motpart" type="xs:string"/>
      <xs:element name="Rubrik" type="xs:string"/>
      <xs:element name="Handling" type="Uuid" minOccurs="0"/>
      <xs:element name="ExterntNummer" type="xs:string" minOccurs="0"/>
      <xs:element name="TidigareNummer" type="xs:string" minOccurs="0"/>
    </xs:sequence>
    <!-- nummer: the case's number and a running document number (KSL/12/0053-2); handlingsnummer: that running number (0: the case itself) -->
    <xs:attribute name="nummer" type="xs:string" use="required"/>
    <xs:attribute name="handlingsnummer" type="xs:nonNegativeInteger" use="optional"/>
    <xs:attribute name="riktning" type="Riktning" use="required"/>
    <xs:attribute name="organisation" type="xs:string" use="required"/>
  </xs:complexType>

  <xs:complexType name="Svar">
    <xs:sequence>
      <xs:element name="Stallningstagande" type="xs:string"/>
      <xs:element name="Text" type="xs:string"/>
      <xs:element name="Mottaget" type="xs:dateTime"/>
      <xs:element name="Deras_diarienummer" type="xs:string" minOccurs="0"/>
      <xs:element name="Bilaga" type="Uuid" minOccurs="0" maxOccurs="unbounded"/>
    </xs:sequence>
    <xs:attribute name="version" type="xs:positiveInteger" use="required"/>
  </xs:complexType>

  <xs:complexType name="Beslut">
    <xs:sequence>
      <xs:element name="Organ" type="xs:string"/>
      <xs:element name="Sammantradesdag" type="xs:date"/>
      <xs:element name="Paragraf" type="xs:string"/>
      <xs:element name="Utfall" type="xs:string"/>
      <xs:element name="Beslutstext" type="xs:string"/>
      <xs:element name="Justerat" type="xs:date"/>
      <xs:element name="JusteratOmedelbart" type="xs:boolean"/>
      <xs:element name="Slutligt" type="xs:boolean"/>
      <xs:element name="Protokollsutdrag" type="Uuid" minOccurs="0"/>
      <xs:element name="Expedierat" type="xs:dateTime" minOccurs="0"/>
      <xs:element name="Rattelse" type="xs:string" minOccurs="0"/>
    </xs:sequence>
    <xs:attribute name="id" type="Uuid" use="required"/>
    <xs:attribute name="version" type="xs:positiveInteger" use="required"/>
  </xs:complexType>

  <xs:complexType name="Mottagare">
    <xs:sequence>
      <xs:element name="Organisation" type="xs:string"/>
      <xs:element name="Status" type="xs:string"/>
      <xs:element name="SistaDag" type="xs:date"/>
      <xs:element name="UrsprungligSistaDag" type="xs:date"/>
      <xs:element name="Svar" type="Svar" minOccurs="0" maxOccurs="unbounded"/>
      <xs:element name="Beslut" type="Beslut" minOccurs="0" maxOccurs="unbounded"/>
    </xs:sequence>
    <xs:attribute name="id" type="Uuid" use="required"/>
  </xs:complexType>

  <xs:complexType name="Omgang">
    <xs:sequence>
      <xs:element name="Rubrik" type="xs:string"/>
      <xs:element name="Meddelande" type="xs:string"/>
      <xs:element name="Skickad" type="xs:dateTime"/>
      <xs:element name="SistaDag" type="xs:date"/>
      <xs:element name="Stangd" type="xs:dateTime" minOccurs="0"/>
      <xs:element name="SkickadHandling" type="Uuid" minOccurs="0"/>
      <xs:element name="Mottagare" type="Mottagare" minOccurs="0" maxOccurs="unbounded"/>
    </xs:sequence>
    <xs:attribute name="id" type="Uuid" use="required"/>
    <xs:attribute name="nummer" type="xs:positiveInteger" use="required"/>
    <xs:attribute name="typ" type="Omgangstyp" use="required"/>
  </xs:complexType>

  <xs:complexType name="Handelse">
    <xs:sequence>
      <xs:element name="Tidpunkt" type="xs:dateTime"/>
      <xs:element name="Handelsetyp" type="xs:string"/>
      <xs:element name="StatusFore" type="xs:string" minOccurs="0"/>
      <xs:element name="StatusEfter" type="xs:string" minOccurs="0"/>
      <xs:element name="Utforare" type="xs:string" minOccurs="0"/>
      <xs:element name="UtforareOrganisation" type="xs:string" minOccurs="0"/>
      <xs:element name="Mottagare" type="Uuid" minOccurs="0"/>
      <xs:element name="Uppgifter" type="xs:string" minOccurs="0"/>
      <xs:element name="UtforareId" type="Uuid" minOccurs="0"/>
      <xs:element name="UtforareOrganisationId" type="Uuid" minOccurs="0"/>
      <xs:element name="Kontrollsumma" type="Sha256">
        <xs:annotation><xs:documentation xml:lang="sv">
          SHA-256 av händelsens kanoniska form (RFC 8785): ärendets id, nummer, föregående kontrollsumma, tidpunkt,
          händelsetyp, uppgifter, status före och efter, mottagare och utförarnas id.
        </xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="ForegaendeKontrollsumma" type="Sha256"/>
    </xs:sequence>
    <xs:attribute name="nummer" type="xs:positiveInteger" use="required"/>
  </xs:complexType>

  <xs:element name="Leveransobjekt">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="Skapat" type="xs:dateTime"/>
        <xs:element name="Arkivbildare" type="Organisation"/>
        <xs:element name="ArkivobjektArende">
          <xs:complexType>
            <xs:sequence>
              <xs:element name="ArkivobjektID" type="xs:string"/>
              <xs:element name="Arendemening" type="xs:string"/>
              <xs:element name="Beskrivning" type="xs:string"/>
              <xs:element name="Uppdragsgivare" type="xs:string"/>
              <xs:element name="Status" type="xs:string"/>
              <xs:element name="Upprattat" type="xs:dateTime"/>
              <xs:element name="Avslutat" type="xs:dateTime" minOccurs="0"/>
              <xs:element name="Handlingar">
                <xs:complexType><xs:sequence><xs:element name="Handling" type="Handling" minOccurs="0" maxOccurs="unbounded"/></xs:sequence></xs:complexType>
              </xs:element>
              <xs:element name="Diarium">
                <xs:complexType><xs:sequence><xs:element name="Diariepost" type="Diariepost" minOccurs="0" maxOccurs="unbounded"/></xs:sequence></xs:complexType>
              </xs:element>
              <xs:element name="Omgangar">
                <xs:complexType><xs:sequence><xs:element name="Omgang" type="Omgang" minOccurs="0" maxOccurs="unbounded"/></xs:sequence></xs:complexType>
              </xs:element>
              <xs:element name="Handelselogg">
                <xs:complexType><xs:sequence>
                  <xs:element name="LoggensKontrollsumma" type="Sha256"/>
                  <xs:element name="Handelse" type="Handelse" minOccurs="0" maxOccurs="unbounded"/>
                </xs:sequence></xs:complexType>
              </xs:element>
            </xs:sequence>
            <xs:attribute name="id" type="Uuid" use="required"/>
          </xs:complexType>
        </xs:element>
      </xs:sequence>
      <xs:attribute name="version" type="xs:string" use="required" fixed="1"/>
    </xs:complexType>
  </xs:element>
</xs:schema>
`;
