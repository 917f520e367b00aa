import '../src/platform/zod-without-eval';
import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadApi } from './preload-api';

contextBridge.exposeInMainWorld('repute', createPreloadApi(ipcRenderer));
