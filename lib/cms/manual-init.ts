// Evaluated before @sveltia/cms (imports run in order): the editor starts only once lib/cms/admin.ts has
// registered the formats and fields the configuration names.
(window as Window & { CMS_MANUAL_INIT?: boolean }).CMS_MANUAL_INIT = true;
