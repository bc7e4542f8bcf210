import { useCallback, useEffect, useState } from 'react';

const prefix = `${import.meta.env.BASE_URL}conversations/`;

const readOpenId = (): string | null => {
  const { pathname } = window.location;
  if (!pathname.startsWith(prefix)) return null;
  const id = decodeURIComponent(pathname.slice(prefix.length).split('/')[0] ?? '');
  return id || null;
};

/** The open conversation lives in the URL (/console/conversations/{id}) so it survives reloads. */
export function useOpenRoute(): [string | null, (id: string | null) => void] {
  const [openId, setOpenId] = useState<string | null>(readOpenId);

  useEffect(() => {
    const onPop = () => setOpenId(readOpenId());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const open = useCallback((id: string | null) => {
    const path = id ? `${prefix}${encodeURIComponent(id)}` : import.meta.env.BASE_URL;
    if (window.location.pathname !== path) window.history.pushState(null, '', path);
    setOpenId(id);
  }, []);

  return [openId, open];
}
