/** The parts of a built manifest that decide what the extension may touch, as a snapshot. */
export interface ManifestSurface {
  manifest_version: unknown;
  /** Key names only: a new key (options_ui, commands, externally_connectable…) is a change too. */
  top_level_keys: string[];
  permissions: unknown;
  optional_permissions: unknown;
  host_permissions: unknown;
  optional_host_permissions: unknown;
  content_scripts: unknown;
  web_accessible_resources: unknown;
  content_security_policy: unknown;
  background: unknown;
  externally_connectable: unknown;
  browser_specific_settings: unknown;
  incognito: unknown;
}

export function manifestSurface(manifest: Record<string, unknown>): ManifestSurface {
  const get = (key: string, empty: unknown = null) => manifest[key] ?? empty;
  return {
    manifest_version: get('manifest_version'),
    top_level_keys: Object.keys(manifest).sort(),
    permissions: get('permissions', []),
    optional_permissions: get('optional_permissions', []),
    host_permissions: get('host_permissions', []),
    optional_host_permissions: get('optional_host_permissions', []),
    content_scripts: get('content_scripts', []),
    web_accessible_resources: get('web_accessible_resources', []),
    content_security_policy: get('content_security_policy'),
    background: get('background'),
    externally_connectable: get('externally_connectable'),
    browser_specific_settings: get('browser_specific_settings'),
    incognito: get('incognito'),
  };
}

/** Every match pattern the manifest grants or injects on. */
export function matchPatterns(manifest: Record<string, unknown>): string[] {
  const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  const objects = (value: unknown): Array<Record<string, unknown>> => (Array.isArray(value) ? (value as Array<Record<string, unknown>>) : []);
  return [
    ...list(manifest.host_permissions),
    ...list(manifest.optional_host_permissions),
    // MV2-style host grants hide in permissions; none belong there.
    ...list(manifest.permissions).filter((p) => p.includes('://') || p === '<all_urls>'),
    ...objects(manifest.content_scripts).flatMap((cs) => [...list(cs.matches), ...list(cs.exclude_matches)]),
    ...objects(manifest.web_accessible_resources).flatMap((war) => list(war.matches)),
  ];
}
