// Projection tables of the directory.
export interface NationRow {
  code: string;
  name_en: string;
  name_ko: string;
}

export interface OrganizationRow {
  id: string;
  nation: string;
  acronym: string;
  name_en: string;
  name_ko: string;
}

export interface PersonRow {
  id: string;
  nation: string;
  organization_id: string;
  name_en: string;
  name_ko: string;
  title_en: string;
  title_ko: string;
  time_zone: string;
  email: string;
  created_at: string;
}

export interface DirectoryTables {
  nations: NationRow;
  organizations: OrganizationRow;
  people: PersonRow;
}
